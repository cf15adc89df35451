// serialint test model: <hpx/collectives/all_to_all.hpp> (see hpx/serialint_model.hpp and test/models/README.md)
#pragma once

#include <hpx/serialint_model.hpp>
