// UPC++ 2020.10.0: UPCXX_SERIALIZED_FIELDS/VALUES declare
// upcxx_reserved_prefix_serialized_fields / _values.
#pragma once
#define SERIALINT_MODEL_UPCXX_RELEASE 202010
