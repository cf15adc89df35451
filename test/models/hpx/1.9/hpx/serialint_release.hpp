// HPX 1.9: see README.md beside this folder.
#pragma once
#define SERIALINT_MODEL_HPX_RELEASE 109
