// serialint test model: <hpx/collectives/create_communicator.hpp> (see hpx/serialint_model.hpp and test/models/README.md)
#pragma once

#include <hpx/serialint_model.hpp>
