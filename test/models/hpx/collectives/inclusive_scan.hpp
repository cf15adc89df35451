// serialint test model: <hpx/collectives/inclusive_scan.hpp> (see hpx/serialint_model.hpp and test/models/README.md)
#pragma once

#include <hpx/serialint_model.hpp>
