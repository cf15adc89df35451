// serialint test model: <hpx/collectives/all_reduce.hpp> (see hpx/serialint_model.hpp and test/models/README.md)
#pragma once

#include <hpx/serialint_model.hpp>
