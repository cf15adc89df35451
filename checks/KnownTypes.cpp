//===--- KnownTypes.cpp - serialint ---------------------------------------===//

#include "KnownTypes.h"
#include "Names.h"
#include "llvm/ADT/StringMap.h"

namespace clang::tidy::serialint {

namespace {

KnownType culprit(Reason Why) {
  KnownType K;
  K.What = KnownType::Culprit;
  K.Why = Why;
  return K;
}

KnownType carrier(KnownType::Carry Carries, StepKind Step, bool HoldsAddress) {
  KnownType K;
  K.What = KnownType::Carrier;
  K.Carries = Carries;
  K.Step = Step;
  K.HoldsAddress = HoldsAddress;
  return K;
}

KnownType value() { return KnownType(); }

void addAll(llvm::StringMap<KnownType> &Table, std::initializer_list<const char *> Names,
            const KnownType &K) {
  for (const char *Name : Names)
    Table[Name] = K;
}

llvm::StringMap<KnownType> buildTable() {
  llvm::StringMap<KnownType> T;
  using C = KnownType;
  addAll(T,
         {"std::vector", "std::deque", "std::list", "std::forward_list", "std::set",
          "std::multiset", "std::unordered_set", "std::unordered_multiset", "std::valarray",
          "std::queue", "std::stack", "std::priority_queue", "std::basic_string"},
         carrier(C::First, StepKind::Element, /*HoldsAddress=*/true));
  addAll(T, {"std::array"}, carrier(C::First, StepKind::Element, false));
  addAll(T, {"std::map", "std::multimap", "std::unordered_map", "std::unordered_multimap"},
         carrier(C::KeyValue, StepKind::MapValue, true));
  addAll(T, {"std::pair", "std::tuple"}, carrier(C::All, StepKind::TupleItem, false));
  addAll(T, {"std::variant"}, carrier(C::All, StepKind::Alternative, false));
  addAll(T, {"std::optional"}, carrier(C::First, StepKind::Optional, false));
  addAll(T, {"std::unique_ptr", "std::shared_ptr", "std::weak_ptr"},
         carrier(C::First, StepKind::Pointee, true));

  addAll(T,
         {"std::reference_wrapper", "std::basic_string_view", "std::span",
          "std::initializer_list", "__gnu_cxx::__normal_iterator", "std::__wrap_iter"},
         culprit(Reason::address_bound));
  addAll(T,
         {"std::thread", "std::jthread", "std::ios_base", "std::basic_ios",
          "std::basic_istream", "std::basic_ostream", "std::basic_iostream",
          "std::basic_fstream", "std::basic_ifstream", "std::basic_ofstream",
          "std::basic_stringstream", "std::basic_istringstream", "std::basic_ostringstream",
          "std::basic_filebuf", "std::basic_streambuf", "std::basic_stringbuf", "_IO_FILE",
          "boost::asio::basic_stream_socket", "boost::asio::basic_datagram_socket",
          "boost::asio::basic_socket", "boost::asio::basic_socket_acceptor", "boost::thread"},
         culprit(Reason::os_resource));
  addAll(T,
         {"std::mutex", "std::recursive_mutex", "std::timed_mutex",
          "std::recursive_timed_mutex", "std::shared_mutex", "std::shared_timed_mutex",
          "std::condition_variable", "std::condition_variable_any",
          "std::counting_semaphore", "std::latch", "std::barrier", "std::atomic",
          "std::atomic_ref", "std::atomic_flag", "std::once_flag", "std::lock_guard",
          "std::unique_lock", "std::shared_lock", "std::scoped_lock", "std::future",
          "std::shared_future", "std::promise", "std::stop_source", "std::stop_token",
          "boost::mutex", "boost::recursive_mutex", "boost::condition_variable"},
         culprit(Reason::sync_primitive));
  addAll(T,
         {"boost::asio::thread_pool", "boost::asio::io_context",
          "boost::asio::execution::any_executor", "boost::asio::strand",
          "boost::mpi::communicator", "boost::mpi::intercommunicator",
          "boost::mpi::environment", "tbb::task_arena", "tbb::task_group",
          "tbb::detail::d1::task_arena", "tbb::detail::d1::task_group", "upcxx::persona",
          "ygm::comm"},
         culprit(Reason::pool_handle));
  KnownType Team = culprit(Reason::pool_handle);
  Team.SentAsHandleBy = Backend::Upcxx;
  addAll(T, {"upcxx::team"}, Team);
  addAll(T,
         {"std::function", "std::move_only_function", "std::copyable_function",
          "std::packaged_task", "std::any", "std::_Bind", "std::_Bind_result",
          "std::_Bind_front", "std::__bind", "std::__bind_r", "std::__bind_front_t",
          "boost::function", "boost::any"},
         culprit(Reason::type_erased));
  addAll(T,
         {"std::bitset", "std::complex", "std::chrono::duration", "std::chrono::time_point",
          "std::monostate", "std::byte"},
         value());
  return T;
}

bool looksLikeLibraryIterator(llvm::StringRef Name) {
  return (Name.starts_with("std::") || Name.starts_with("__gnu_cxx::")) &&
         Name.contains_insensitive("iterator");
}

} // namespace

std::optional<KnownType> lookupKnownType(const CXXRecordDecl &Record) {
  static const llvm::StringMap<KnownType> Table = buildTable();
  const std::string Name = registryName(Record);
  auto It = Table.find(Name);
  if (It != Table.end())
    return It->second;
  if (looksLikeLibraryIterator(Name))
    return culprit(Reason::address_bound);
  return std::nullopt;
}

bool isLibraryName(llvm::StringRef Name) {
  return Name.starts_with("std::") || Name.starts_with("__gnu_cxx::") ||
         Name.starts_with("ygm::") || Name.starts_with("boost::") ||
         Name.starts_with("cereal::") || Name.starts_with("msgpack::") ||
         Name.starts_with("hpx::") || Name.starts_with("upcxx::") || Name.starts_with("ray::");
}

} // namespace clang::tidy::serialint
