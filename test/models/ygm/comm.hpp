// serialint test model of YGM's communicator.
//
// References (LLNL/ygm): include/ygm/comm.hpp (class declaration) and
// include/ygm/detail/comm.ipp (current definitions, which take the function
// object by forwarding reference: async(int dest, AsyncFunction &&fn,
// const SendArgs &...args)), include/ygm/detail/lambda_compliance.hpp.
// Bodies are placeholders: the function object is never invoked, so lambdas
// with or without a leading `auto pcomm`/`ygm::comm*` parameter both compile.
// The MPI_Comm constructor and get_mpi_comm() exist only when <mpi.h> can be
// included; mpi_send/recv/bcast are not modelled.  The library's static_assert
// (YGM_CHECK_ASYNC_LAMBDA_COMPLIANCE: trivially copyable & standard layout)
// is only active with -DSERIALINT_MODEL_STRICT.
#pragma once

// The release modelled: a release folder test/models/ygm/<release>/ on the
// include path says which (test/models/releases); the newest otherwise.
// 5, 6 or 7, for v0.5, v0.6, v0.7.
#if __has_include(<ygm/serialint_release.hpp>)
#include <ygm/serialint_release.hpp>
#endif
#ifndef SERIALINT_MODEL_YGM_RELEASE
#define SERIALINT_MODEL_YGM_RELEASE 7
#endif

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iostream>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>
#include <ygm/detail/assert.hpp>
#include <ygm/detail/ygm_ptr.hpp>

// Real YGM includes <mpi.h>.  The model does so only when it can be found, and
// skips the deprecated MPI C++ bindings (which warn under -Wextra).
#if __has_include(<mpi.h>)
#ifndef OMPI_SKIP_MPICXX
#define OMPI_SKIP_MPICXX 1
#endif
#ifndef MPICH_SKIP_MPICXX
#define MPICH_SKIP_MPICXX 1
#endif
#include <mpi.h>
#define YGM_SERIALINT_HAVE_MPI 1
#endif

#ifdef SERIALINT_MODEL_STRICT
#define YGM_CHECK_ASYNC_LAMBDA_COMPLIANCE(func, location)                        \
  static_assert(std::is_trivially_copyable<func>::value &&                       \
                    std::is_standard_layout<func>::value,                        \
                location " function object must be is_trivially_copyable & "     \
                         "is_standard_layout.")
#else
#define YGM_CHECK_ASYNC_LAMBDA_COMPLIANCE(func, location) static_assert(true, location)
#endif

namespace ygm {

class comm;

class comm {
 public:
  comm(int * /*argc*/, char *** /*argv*/) {}
#ifdef YGM_SERIALINT_HAVE_MPI
  comm(MPI_Comm mcomm) : mcomm_(mcomm) {}
  MPI_Comm get_mpi_comm() const { return mcomm_; }
#endif
  comm(const comm &) = delete;
  ~comm() = default;

  void welcome(std::ostream & = std::cout) {}
  void stats_reset() {}
  void stats_print(const std::string & = "", std::ostream & = std::cout) {}

  //
  //  Asynchronous rpc interfaces.
  //
  template <typename AsyncFunction, typename... SendArgs>
  void async(int dest, AsyncFunction &&fn, const SendArgs &...args);

  template <typename AsyncFunction, typename... SendArgs>
  void async(int dest, AsyncFunction &&fn, const SendArgs &...args) const {
    const_cast<comm *>(this)->async(dest, std::forward<AsyncFunction>(fn), args...);
  }

  template <typename AsyncFunction, typename... SendArgs>
  void async_bcast(AsyncFunction &&fn, const SendArgs &...args);

  template <typename AsyncFunction, typename... SendArgs>
  void async_mcast(const std::vector<int> &dests, AsyncFunction &&fn,
                   const SendArgs &...args);

  //
  // Collective operations across all ranks.
  //
  void cf_barrier() const {}
  void barrier() {}
  void barrier() const {}
  void async_barrier() {}

  void local_progress() {}
  bool local_process_incoming() { return false; }

  template <typename Function>
  void local_wait_until(Function) {}

  template <typename T>
  ygm_ptr<T> make_ygm_ptr(T &t) {
    return ygm_ptr<T>(&t);
  }

  void register_pre_barrier_callback(const std::function<void()> &) {}

  template <typename T>
  T all_reduce_sum(const T &t) const {
    return t;
  }
  template <typename T>
  T all_reduce_min(const T &t) const {
    return t;
  }
  template <typename T>
  T all_reduce_max(const T &t) const {
    return t;
  }
  template <typename T, typename MergeFunction>
  T all_reduce(const T &t, MergeFunction) const {
    return t;
  }

  //
  //  Communicator information
  //
  int size() const { return 1; }
  int rank() const { return 0; }
  bool rank0() const { return rank() == 0; }

  std::ostream &cout0() const { return std::cout; }
  std::ostream &cerr0() const { return std::cerr; }
  std::ostream &cout() const { return std::cout; }
  std::ostream &cerr() const { return std::cerr; }

  template <typename... Args>
  void cout(Args &&...args) const {
    ((std::cout << args), ...) << std::endl;
  }
  template <typename... Args>
  void cerr(Args &&...args) const {
    ((std::cerr << args), ...) << std::endl;
  }
  template <typename... Args>
  void cout0(Args &&...args) const {
    if (rank0()) ((std::cout << args), ...) << std::endl;
  }
  template <typename... Args>
  void cerr0(Args &&...args) const {
    if (rank0()) ((std::cerr << args), ...) << std::endl;
  }

#ifdef YGM_SERIALINT_HAVE_MPI
 private:
  MPI_Comm mcomm_ = MPI_COMM_WORLD;
#endif
};

template <typename AsyncFunction, typename... SendArgs>
inline void comm::async(int /*dest*/, AsyncFunction && /*fn*/, const SendArgs &.../*args*/) {
  YGM_CHECK_ASYNC_LAMBDA_COMPLIANCE(std::decay_t<AsyncFunction>, "ygm::comm::async()");
}

template <typename AsyncFunction, typename... SendArgs>
inline void comm::async_bcast(AsyncFunction && /*fn*/, const SendArgs &.../*args*/) {
  YGM_CHECK_ASYNC_LAMBDA_COMPLIANCE(std::decay_t<AsyncFunction>, "ygm::comm::async_bcast()");
}

template <typename AsyncFunction, typename... SendArgs>
inline void comm::async_mcast(const std::vector<int> & /*dests*/, AsyncFunction && /*fn*/,
                              const SendArgs &.../*args*/) {
  YGM_CHECK_ASYNC_LAMBDA_COMPLIANCE(std::decay_t<AsyncFunction>, "ygm::comm::async_mcast()");
}

}  // namespace ygm

#include <ygm/collective.hpp>
