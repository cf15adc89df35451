// YGM v0.5: see README.md beside this folder.
#pragma once
#define SERIALINT_MODEL_YGM_RELEASE 5
