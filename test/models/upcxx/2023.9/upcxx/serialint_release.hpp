// UPC++ 2023.9.0: UPCXX_SERIALIZED_FIELDS/VALUES declare
// upcxxi_serialized_fields / upcxxi_serialized_values.
#pragma once
#define SERIALINT_MODEL_UPCXX_RELEASE 202309
