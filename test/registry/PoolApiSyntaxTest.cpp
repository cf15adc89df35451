//===--- PoolApiSyntaxTest.cpp - serialint tests --------------------------===//
//
// The one syntax of pool-API entries: every built-in entry reads back as it
// is written, malformed entries are one-line errors, and the registry built
// from options is the one the checks and the command share.
//
//===----------------------------------------------------------------------===//

#include "Backend.h"
#include "PoolApiRegistry.h"
#include "PoolApiSyntax.h"
#include "Profiles.h"
#include <gtest/gtest.h>

namespace clang::tidy::serialint {
namespace {

std::string parseError(llvm::StringRef Text) {
  llvm::Expected<PoolApi> Api = parsePoolApiEntry(Text);
  if (Api)
    return "";
  return llvm::toString(Api.takeError());
}

TEST(PoolApiSyntax, EveryBuiltinEntryPrintsBackAsWritten) {
  unsigned Entries = 0;
  for (const BuiltinProfile &Profile : builtinProfiles())
    for (llvm::StringRef Text : Profile.Entries) {
      llvm::Expected<PoolApi> Api = parsePoolApiEntry(Text);
      ASSERT_TRUE(static_cast<bool>(Api))
          << Profile.Name.str() << ": " << llvm::toString(Api.takeError());
      EXPECT_EQ(printPoolApiEntry(*Api), Text.str()) << "in profile " << Profile.Name.str();
      ++Entries;
    }
  EXPECT_GT(Entries, 40u);
}

TEST(PoolApiSyntax, ReadsEverySetting) {
  llvm::Expected<PoolApi> Api = parsePoolApiEntry(
      "ns::Pool::operator()(callable=before-target, payload=after-target, policy=by-name, "
      "backend=hpx, target=ns::id, action=ns::action_base, ships-if-class-arg=1, "
      "lambdas=captureless, member-functions=yes, counted-arrays=yes, register=NS_ACTION, "
      "display=ns::pool, remote-object=\"a ns::handle (ns::make_handle)\")");
  ASSERT_TRUE(static_cast<bool>(Api)) << llvm::toString(Api.takeError());
  EXPECT_EQ(Api->QualifiedName, "ns::Pool::operator()");
  EXPECT_EQ(Api->Callable->Kind, ArgPosition::BeforeTarget);
  EXPECT_EQ(Api->Payload->Kind, ArgPosition::AfterTarget);
  EXPECT_EQ(Api->CallPolicy, Policy::ByName);
  EXPECT_EQ(Api->WireBackend, Backend::Hpx);
  EXPECT_EQ(Api->TargetType, "ns::id");
  EXPECT_EQ(Api->ActionBase, "ns::action_base");
  EXPECT_EQ(Api->ShipsWhenClassArgTrue, 1u);
  EXPECT_TRUE(Api->TakesCapturelessLambda);
  EXPECT_TRUE(Api->TakesMemberFunctions);
  EXPECT_TRUE(Api->CountedArrays);
  EXPECT_EQ(Api->RegistrationMacro, "NS_ACTION");
  EXPECT_EQ(Api->displayName(), "ns::pool");
  EXPECT_EQ(Api->RemoteObject, "a ns::handle (ns::make_handle)");
}

TEST(PoolApiSyntax, AfterTargetCanSkipArgumentsThatStayHere) {
  llvm::Expected<PoolApi> Api = parsePoolApiEntry(
      "ns::send_cb(callable=before-target, payload=after-target+1, policy=by-name, "
      "backend=cereal, target=ns::id|trait:ns::is_policy)");
  ASSERT_TRUE(static_cast<bool>(Api)) << llvm::toString(Api.takeError());
  EXPECT_EQ(Api->Payload->Kind, ArgPosition::AfterTarget);
  EXPECT_EQ(Api->Payload->Offset, 1u);
  EXPECT_EQ(Api->TargetType, "ns::id|trait:ns::is_policy");
  EXPECT_EQ(printPoolApiEntry(*Api),
            "ns::send_cb(callable=before-target, payload=after-target+1, policy=by-name, "
            "backend=cereal, target=ns::id|trait:ns::is_policy)");
}

TEST(PoolApiSyntax, PrintsSettingsInOneOrderWithDefaultsLeftOut) {
  llvm::Expected<PoolApi> Api =
      parsePoolApiEntry("::team::submit( backend=cereal policy=by-name,callable=0 payload=1..)");
  ASSERT_TRUE(static_cast<bool>(Api)) << llvm::toString(Api.takeError());
  EXPECT_EQ(printPoolApiEntry(*Api),
            "team::submit(callable=0, payload=1.., policy=by-name, backend=cereal)");
}

TEST(PoolApiSyntax, OneLineWritesControlCharactersAsEscapes) {
  EXPECT_EQ(oneLine("a\nb\r\tc\x01\x7f d"), "a\\nb\\r\\tc\\x01\\x7f d");
  EXPECT_EQ(oneLine(llvm::StringRef("a\0b", 3)), "a\\x00b");
  EXPECT_EQ(oneLine("caf\xc3\xa9"), "caf\xc3\xa9");
}

// Found by the fuzz target pool_api_entry: a NUL, or a line break inside
// quotes, was taken but printed back as something else.
TEST(PoolApiSyntax, ControlCharactersInSettingsAreRefused) {
  for (llvm::StringRef Text : {llvm::StringRef("ns::go(callable=0, policy=by-name, display=a\0b)", 47),
                               llvm::StringRef("ns::go(callable=0, policy=by-name, display=\"a\nb\")")}) {
    llvm::Expected<PoolApi> Api = parsePoolApiEntry(Text);
    ASSERT_FALSE(Api) << Text.str();
    const std::string Why = llvm::toString(Api.takeError());
    EXPECT_NE(Why.find("a setting holds the control character"), std::string::npos) << Why;
    EXPECT_EQ(Why.find('\n'), std::string::npos) << Why;
  }
  EXPECT_TRUE(static_cast<bool>(parsePoolApiEntry("ns::go(callable=0,\n\tpolicy=by-name)")));
}

// Found by the fuzz target pool_api_entry: an `operator()` in a quoted value
// was taken for the name's.
TEST(PoolApiSyntax, OperatorCallInAQuotedValueIsNotTheName) {
  llvm::Expected<PoolApi> Api =
      parsePoolApiEntry("ns::go(callable=0, policy=by-name, display=\"call operator() of it\")");
  ASSERT_TRUE(static_cast<bool>(Api)) << llvm::toString(Api.takeError());
  EXPECT_EQ(Api->QualifiedName, "ns::go");
  EXPECT_EQ(Api->DisplayName, "call operator() of it");
}

TEST(PoolApiSyntax, QuotesValuesThatNeedIt) {
  PoolApi Api;
  Api.QualifiedName = "team::submit";
  Api.Payload = ArgPosition{ArgPosition::Range, 0, 2};
  Api.RemoteObject = "a \"handle\", made (here)";
  const std::string Text = printPoolApiEntry(Api);
  EXPECT_EQ(Text, "team::submit(payload=0..2, policy=payload-only, backend=cereal, "
                  "remote-object=\"a \\\"handle\\\", made (here)\")");
  llvm::Expected<PoolApi> Back = parsePoolApiEntry(Text);
  ASSERT_TRUE(static_cast<bool>(Back)) << llvm::toString(Back.takeError());
  EXPECT_EQ(Back->RemoteObject, Api.RemoteObject);
  EXPECT_EQ(printPoolApiEntry(*Back), Text);
}

TEST(PoolApiSyntax, RolesOtherThanShippingNeedWhatTheyUse) {
  llvm::Expected<PoolApi> Registration =
      parsePoolApiEntry("rt::register_all(role=registration, functions=1.., register=RT_REMOTE)");
  ASSERT_TRUE(static_cast<bool>(Registration)) << llvm::toString(Registration.takeError());
  EXPECT_EQ(Registration->What, Role::Registration);
  EXPECT_EQ(printPoolApiEntry(*Registration),
            "rt::register_all(role=registration, functions=1.., register=RT_REMOTE)");
  EXPECT_EQ(parseError("rt::register_all(role=registration, functions=1)"),
            "'rt::register_all(role=registration, functions=1)': a registration needs "
            "functions= and register=");
  EXPECT_EQ(parseError("rt::bind(role=binder)"),
            "'rt::bind(role=binder)': a binder needs callable=");
  EXPECT_EQ(parseError("rt::go(callable=0, functions=1, policy=by-name)"),
            "'rt::go(callable=0, functions=1, policy=by-name)': only a registration names "
            "functions=");
}

TEST(PoolApiSyntax, MalformedEntriesAreOneLineErrorsThatNameThem) {
  const std::pair<const char *, const char *> Cases[] = {
      {"mylib::go(callable=0)", "no policy; add policy=by-name"},
      {"mylib::go", "expected 'qualified::name(setting=value, ...)'"},
      {"(policy=by-name, payload=0)", "no function name"},
      {"mylib::go(payload=x, policy=payload-only)", "position 'x' is not N"},
      {"mylib::go(payload=3..1, policy=payload-only)", "position '3..1' is not a valid range"},
      {"mylib::go(payload=0, policy=by-magic)", "unknown policy 'by-magic'"},
      {"mylib::go(payload=0, policy=payload-only, backend=json)",
       "unknown backend 'json'; use cereal, boost, msgpack, upcxx, hpx or bitwise"},
      {"mylib::go(payload=0, policy=payload-only, colour=red)", "unknown setting 'colour'; use"},
      {"mylib::go(payload=, policy=payload-only)", "setting 'payload=' has no value"},
      {"mylib::go(policy=by-name)", "names neither a callable nor a payload"},
      {"mylib::go(callable=0, policy=payload-only)", "a payload-only API has no callable"},
      {"mylib::go(payload=0, policy=payload-only, counted-arrays=maybe)",
       "setting 'counted-arrays' takes yes or no, not 'maybe'"},
      {"mylib::go(payload=0, policy=payload-only, display=\"open)", "a quoted value is not closed"},
      {"mylib::go(payload=0, policy=payload-only, role=worker)", "unknown role 'worker'"},
      {"mylib::go(payload=after-target+0, policy=payload-only, target=mylib::node)",
       "position 'after-target+0' is not after-target+N with N above 0"},
      {"mylib::go(payload=after-target+x, policy=payload-only, target=mylib::node)",
       "position 'after-target+x' is not after-target+N"},
  };
  for (const auto &[Text, Expected] : Cases) {
    const std::string Error = parseError(Text);
    EXPECT_NE(Error.find(Expected), std::string::npos) << Text << " gave: " << Error;
    EXPECT_EQ(Error.find('\n'), std::string::npos) << Text;
    EXPECT_EQ(Error.rfind("'" + std::string(llvm::StringRef(Text).trim()) + "'", 0), 0u)
        << "the error names the entry: " << Error;
  }
}

TEST(PoolApiSyntax, AnnotationsUseTheSameSettings) {
  llvm::Expected<PoolApi> Api =
      parsePoolApiSpec("lib::submit", "callable=0 payload=1.. policy=by-name backend=cereal");
  ASSERT_TRUE(static_cast<bool>(Api)) << llvm::toString(Api.takeError());
  EXPECT_EQ(printPoolApiEntry(*Api),
            "lib::submit(callable=0, payload=1.., policy=by-name, backend=cereal)");
}

TEST(PoolApiSyntax, ShortFormPutsTheCallableFirstAndThePayloadAfterIt) {
  const std::pair<const char *, const char *> Cases[] = {
      {"by-name", "lib::submit(callable=0, payload=1.., policy=by-name, backend=cereal)"},
      {"by-bytes", "lib::submit(callable=0, payload=1.., policy=by-bytes, backend=cereal)"},
      {"by-value", "lib::submit(callable=0, payload=1.., policy=by-value, backend=cereal)"},
      {"payload-only", "lib::submit(payload=0.., policy=payload-only, backend=cereal)"},
      {"by-name backend=hpx register=LIB_REGISTER",
       "lib::submit(callable=0, payload=1.., policy=by-name, backend=hpx, register=LIB_REGISTER)"},
      {"by-bytes, payload=2..", "lib::submit(callable=0, payload=2.., policy=by-bytes, backend=cereal)"},
      {"by-name callable=none", "lib::submit(payload=1.., policy=by-name, backend=cereal)"},
  };
  for (const auto &[Spec, Long] : Cases) {
    llvm::Expected<PoolApi> Api = parsePoolApiSpec("lib::submit", Spec);
    ASSERT_TRUE(static_cast<bool>(Api)) << Spec << ": " << llvm::toString(Api.takeError());
    EXPECT_EQ(printPoolApiEntry(*Api), Long) << Spec;
  }
}

TEST(PoolApiSyntax, ShortFormReadsInEntriesToo) {
  llvm::Expected<PoolApi> Api = parsePoolApiEntry("team::go(by-value)");
  ASSERT_TRUE(static_cast<bool>(Api)) << llvm::toString(Api.takeError());
  EXPECT_EQ(printPoolApiEntry(*Api),
            "team::go(callable=0, payload=1.., policy=by-value, backend=cereal)");
}

TEST(PoolApiSyntax, LongFormWithoutPositionsStaysAnError) {
  EXPECT_NE(parseError("mylib::go(policy=by-name)").find("names neither a callable nor a payload"),
            std::string::npos);
  EXPECT_NE(parseError("mylib::go(payload-only, callable=0)").find("a payload-only API has no callable"),
            std::string::npos);
}

TEST(PoolApiSyntax, BareWordThatIsNoPolicyIsNamed) {
  const std::string Error = parseError("mylib::go(payload=0, frobnicate)");
  EXPECT_NE(Error.find("'frobnicate' is neither setting=value nor a policy (by-name, by-bytes, "
                       "by-value, by-type or payload-only)"),
            std::string::npos)
      << Error;
}

TEST(PoolApiRegistry, FromOptionsReadsProfilesAndEntries) {
  std::vector<RegistryError> Errors;
  PoolApiRegistry Registry = PoolApiRegistry::fromOptions(
      "boost-mpi; annotated", "team::submit(callable=0, policy=by-name);;", Errors);
  EXPECT_TRUE(Errors.empty());
  EXPECT_TRUE(Registry.readsAnnotations());
  ASSERT_FALSE(Registry.entries().empty());
  EXPECT_EQ(Registry.entries().front().Profile, "boost-mpi");
  EXPECT_EQ(Registry.entries().back().Profile, "option");
  EXPECT_EQ(Registry.entries().back().QualifiedName, "team::submit");
  for (const PoolApi &Api : Registry.entries())
    EXPECT_NE(Api.Profile, "ray");
}

TEST(PoolApiRegistry, FromOptionsReportsWhatItCannotTake) {
  std::vector<RegistryError> Errors;
  PoolApiRegistry Registry =
      PoolApiRegistry::fromOptions("ray;spark", "team::submit(callable=0)", Errors);
  ASSERT_EQ(Errors.size(), 2u);
  EXPECT_EQ(Errors[0].message("serialint-pool-callable."),
            "unknown pool-API profile 'spark' in option 'serialint-pool-callable.Profiles'; "
            "known profiles are ray, hpx, upcxx, ygm, boost-mpi, annotated");
  EXPECT_EQ(Errors[1].message(""),
            "invalid entry in option 'PoolAPIs': 'team::submit(callable=0)': no policy; add "
            "policy=by-name, by-bytes, by-value, by-type or payload-only");
  EXPECT_FALSE(Registry.readsAnnotations());
  EXPECT_FALSE(Registry.entries().empty()); // ray is still read
}

// Found by the fuzz target check_options: a value from a YAML block scalar
// may hold a line break, and the message must stay one line.
TEST(PoolApiRegistry, ErrorsQuotingALineBreakStayOneLine) {
  std::vector<RegistryError> Errors;
  PoolApiRegistry::fromOptions("ray;sp\nark", "team::go(callable=0, po\nlicy=by-name)", Errors);
  ASSERT_EQ(Errors.size(), 2u);
  EXPECT_EQ(Errors[0].message(""),
            "unknown pool-API profile 'sp\\nark' in option 'Profiles'; "
            "known profiles are ray, hpx, upcxx, ygm, boost-mpi, annotated");
  EXPECT_EQ(Errors[1].message(""),
            "invalid entry in option 'PoolAPIs': 'team::go(callable=0, po\\nlicy=by-name)': "
            "'po' is neither setting=value nor a policy (by-name, by-bytes, by-value, by-type or "
            "payload-only)");
}

TEST(PoolApiRegistry, DefaultProfilesAreEveryBuiltinProfile) {
  std::vector<RegistryError> Errors;
  PoolApiRegistry Registry =
      PoolApiRegistry::fromOptions(PoolApiRegistry::defaultProfiles(), "", Errors);
  EXPECT_TRUE(Errors.empty());
  EXPECT_TRUE(Registry.readsAnnotations());
  EXPECT_TRUE(Registry.registersWith("RAY_REMOTE"));
  EXPECT_FALSE(Registry.registersWith("HPX_PLAIN_ACTION"));
  EXPECT_FALSE(Registry.qualifiedNames(Role::Binder).empty());
}

TEST(BackendTable, EveryBackendHasOneRowReachableByItsOptionName) {
  for (const BackendInfo &Row : backends()) {
    EXPECT_EQ(&backendInfo(Row.Id), &Row);
    EXPECT_EQ(backendFromName(Row.Option), Row.Id);
    EXPECT_FALSE(Row.Title.empty());
    // A backend that needs a serializer says how to write one.
    EXPECT_EQ(Row.FixHint.empty(), Row.CopiesBytes) << Row.Option.str();
    if (!Row.FixHint.empty()) {
      EXPECT_NE(serializerFixHint(Row.Id, "Job").find("'Job'"), std::string::npos);
    }
  }
  EXPECT_EQ(backends().size(), 6u);
  EXPECT_FALSE(backendFromName("json"));
}

} // namespace
} // namespace clang::tidy::serialint
