// HPX 1.10: see README.md beside this folder.
#pragma once
#define SERIALINT_MODEL_HPX_RELEASE 110
