// Everything the serialint runtime offers, in one include.
#ifndef SERIALINT_SERIALINT_HPP
#define SERIALINT_SERIALINT_HPP

#include "annotations.hpp"
#include "error.hpp"
#include "field_names.hpp"
#include "inspect.hpp"
#include "log.hpp"
#include "options.hpp"
#include "polymorphic.hpp"
#include "reasons.hpp"
#include "report.hpp"
#include "trace.hpp"
#include "traits.hpp"
#include "verdict.hpp"

#endif // SERIALINT_SERIALINT_HPP
