//===--- PoolApiSyntax.cpp - serialint ------------------------------------===//

#include "PoolApiSyntax.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"

namespace clang::tidy::serialint {

namespace {

using llvm::StringRef;

struct NamedPolicy {
  StringRef Name;
  Policy Value;
};
constexpr NamedPolicy Policies[] = {
    {"by-name", Policy::ByName},
    {"by-bytes", Policy::ByBytes},
    {"by-value", Policy::ByValue},
    {"by-type", Policy::ByType},
    {"payload-only", Policy::PayloadOnly},
};

// "by-name, by-bytes, ... or payload-only", for messages.
std::string policyNames() {
  std::string Names;
  for (size_t I = 0; I < std::size(Policies); ++I)
    Names += (I == 0 ? "" : I + 1 == std::size(Policies) ? " or " : ", ") +
             Policies[I].Name.str();
  return Names;
}

struct NamedRole {
  StringRef Name;
  Role Value;
};
constexpr NamedRole Roles[] = {
    {"ships", Role::Ships},
    {"registration", Role::Registration},
    {"binder", Role::Binder},
};

// The entry and the values quoted in `Why` are the user's text, which may
// hold a line break (a YAML block scalar): the message stays one line.
llvm::Error specError(StringRef Text, const llvm::Twine &Why) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 oneLine(("'" + Text + "': " + Why).str()));
}

// Positions ----------------------------------------------------------------

constexpr std::pair<StringRef, ArgPosition::Anchor> Anchors[] = {
    {"pack", ArgPosition::Pack},
    {"pack-1", ArgPosition::BeforePack},
    {"before-target", ArgPosition::BeforeTarget},
    {"after-target", ArgPosition::AfterTarget},
};

llvm::Expected<std::optional<ArgPosition>> parsePosition(StringRef Value, StringRef Text) {
  if (Value == "none")
    return std::nullopt;
  for (const auto &[Name, Anchor] : Anchors)
    if (Value == Name)
      return ArgPosition{Anchor, 0, 0};
  // `after-target+1`: the arguments after the target and the one after it,
  // which the API keeps here (HPX's async_cb callback).
  if (StringRef Skip = Value; Skip.consume_front("after-target+")) {
    unsigned Skipped = 0;
    if (Skip.getAsInteger(10, Skipped) || Skipped == 0)
      return specError(Text, "position '" + Value + "' is not after-target+N with N above 0");
    return ArgPosition{ArgPosition::AfterTarget, Skipped, 0};
  }
  auto [First, Rest] = Value.split("..");
  unsigned Begin = 0, End = 0;
  if (First.getAsInteger(10, Begin))
    return specError(Text, "position '" + Value +
                               "' is not N, N.., N..M, pack, pack-1, before-target, after-target[+N] or none");
  if (!Value.contains(".."))
    return ArgPosition{ArgPosition::Index, Begin, 0};
  if (Rest.empty())
    return ArgPosition{ArgPosition::From, Begin, 0};
  if (Rest.getAsInteger(10, End) || End < Begin)
    return specError(Text, "position '" + Value + "' is not a valid range");
  return ArgPosition{ArgPosition::Range, Begin, End};
}

std::string printPosition(const ArgPosition &P) {
  if (P.Kind == ArgPosition::AfterTarget && P.Offset > 0)
    return "after-target+" + std::to_string(P.Offset);
  for (const auto &[Name, Anchor] : Anchors)
    if (P.Kind == Anchor)
      return Name.str();
  if (P.Kind == ArgPosition::From)
    return std::to_string(P.Offset) + "..";
  if (P.Kind == ArgPosition::Range)
    return std::to_string(P.Offset) + ".." + std::to_string(P.Last);
  return std::to_string(P.Offset);
}

// Values -------------------------------------------------------------------

// Hint texts may hold spaces and parentheses; such a value is quoted.
bool needsQuotes(StringRef Value) {
  return Value.find_first_of(" ,()\"=\t") != StringRef::npos;
}

std::string quoted(StringRef Value) {
  if (!needsQuotes(Value))
    return Value.str();
  std::string Out = "\"";
  for (char C : Value) {
    if (C == '"' || C == '\\')
      Out += '\\';
    Out += C;
  }
  return Out + "\"";
}

// Splits settings at commas and blanks outside double quotes, unquoting.
llvm::Expected<llvm::SmallVector<std::string, 8>> splitSettings(StringRef Settings,
                                                                 StringRef Text) {
  llvm::SmallVector<std::string, 8> Parts;
  std::string Current;
  bool InQuotes = false, Escaped = false;
  for (char C : Settings) {
    // Blanks outside quotes separate settings; any other control character
    // (a NUL, a line break in quotes) could not be printed back as written.
    const bool Control = static_cast<unsigned char>(C) < 0x20 || C == '\x7f';
    if (Control && (InQuotes || Escaped ? C != '\t' : !llvm::isSpace(C)))
      return specError(Text, "a setting holds the control character '" +
                                 oneLine(StringRef(&C, 1)) + "'");
    if (Escaped) {
      Current += C;
      Escaped = false;
    } else if (InQuotes && C == '\\') {
      Escaped = true;
    } else if (C == '"') {
      InQuotes = !InQuotes;
    } else if (!InQuotes && (C == ',' || llvm::isSpace(C))) {
      if (!Current.empty())
        Parts.push_back(std::move(Current));
      Current.clear();
    } else {
      Current += C;
    }
  }
  if (InQuotes)
    return specError(Text, "a quoted value is not closed");
  if (!Current.empty())
    Parts.push_back(std::move(Current));
  return Parts;
}

llvm::Expected<bool> parseYes(StringRef Key, StringRef Value, StringRef Text) {
  if (Value == "yes" || Value == "true")
    return true;
  if (Value == "no" || Value == "false")
    return false;
  return specError(Text, "setting '" + Key + "' takes yes or no, not '" + Value + "'");
}

// Settings -----------------------------------------------------------------

using Parser = llvm::Error (*)(PoolApi &, StringRef Value, StringRef Text);
using Printer = std::optional<std::string> (*)(const PoolApi &);

/// One setting and the member it sets. Most are a position, a text or a
/// flag; the others say how they are read and written back (nothing when the
/// entry has its default).
struct Setting {
  StringRef Key;
  std::optional<ArgPosition> PoolApi::*Position = nullptr;
  std::string PoolApi::*Text = nullptr;
  bool PoolApi::*Flag = nullptr;
  Parser Parse = nullptr;
  Printer Print = nullptr;
};

llvm::Error parseRole(PoolApi &Api, StringRef Value, StringRef Text) {
  for (const NamedRole &R : Roles)
    if (R.Name == Value) {
      Api.What = R.Value;
      return llvm::Error::success();
    }
  return specError(Text, "unknown role '" + Value + "'; use ships, registration or binder");
}

std::optional<std::string> printRole(const PoolApi &Api) {
  for (const NamedRole &R : Roles)
    if (R.Value == Api.What && Api.What != Role::Ships)
      return R.Name.str();
  return std::nullopt;
}

llvm::Error parsePolicy(PoolApi &Api, StringRef Value, StringRef Text) {
  std::optional<Policy> P = policyFromName(Value);
  if (!P)
    return specError(Text, "unknown policy '" + Value +
                               "'; use " + policyNames());
  Api.CallPolicy = *P;
  return llvm::Error::success();
}

// Policy and backend are always written for what ships, and never otherwise.
std::optional<std::string> printPolicy(const PoolApi &Api) {
  if (Api.What != Role::Ships)
    return std::nullopt;
  return policyName(Api.CallPolicy).str();
}

llvm::Error parseBackend(PoolApi &Api, StringRef Value, StringRef Text) {
  std::optional<Backend> B = backendFromName(Value);
  if (!B)
    return specError(Text, "unknown backend '" + Value + "'; use " + backendNameList());
  Api.WireBackend = *B;
  return llvm::Error::success();
}

std::optional<std::string> printBackend(const PoolApi &Api) {
  if (Api.What != Role::Ships)
    return std::nullopt;
  return backendName(Api.WireBackend).str();
}

llvm::Error parseClassArg(PoolApi &Api, StringRef Value, StringRef Text) {
  unsigned Index = 0;
  if (Value.getAsInteger(10, Index))
    return specError(Text, "setting 'ships-if-class-arg' takes a template argument index, "
                           "not '" + Value + "'");
  Api.ShipsWhenClassArgTrue = Index;
  return llvm::Error::success();
}

std::optional<std::string> printClassArg(const PoolApi &Api) {
  if (!Api.ShipsWhenClassArgTrue)
    return std::nullopt;
  return std::to_string(*Api.ShipsWhenClassArgTrue);
}

llvm::Error parseLambdas(PoolApi &Api, StringRef Value, StringRef Text) {
  if (Value != "captureless")
    return specError(Text, "setting 'lambdas' takes captureless, not '" + Value + "'");
  Api.TakesCapturelessLambda = true;
  return llvm::Error::success();
}

std::optional<std::string> printLambdas(const PoolApi &Api) {
  if (!Api.TakesCapturelessLambda)
    return std::nullopt;
  return "captureless";
}

// In the order entries are printed.
const Setting Settings[] = {
    {.Key = "role", .Parse = parseRole, .Print = printRole},
    {.Key = "callable", .Position = &PoolApi::Callable},
    {.Key = "payload", .Position = &PoolApi::Payload},
    {.Key = "functions", .Position = &PoolApi::Functions},
    {.Key = "policy", .Parse = parsePolicy, .Print = printPolicy},
    {.Key = "backend", .Parse = parseBackend, .Print = printBackend},
    {.Key = "target", .Text = &PoolApi::TargetType},
    {.Key = "action", .Text = &PoolApi::ActionBase},
    {.Key = "ships-if-class-arg", .Parse = parseClassArg, .Print = printClassArg},
    {.Key = "lambdas", .Parse = parseLambdas, .Print = printLambdas},
    {.Key = "member-functions", .Flag = &PoolApi::TakesMemberFunctions},
    {.Key = "counted-arrays", .Flag = &PoolApi::CountedArrays},
    {.Key = "register", .Text = &PoolApi::RegistrationMacro},
    {.Key = "display", .Text = &PoolApi::DisplayName},
    {.Key = "remote-object", .Text = &PoolApi::RemoteObject},
};

llvm::Error parseSetting(const Setting &S, PoolApi &Api, StringRef Value, StringRef Text) {
  if (S.Position) {
    auto Position = parsePosition(Value, Text);
    if (!Position)
      return Position.takeError();
    Api.*S.Position = *Position;
  } else if (S.Text) {
    Api.*S.Text = Value.str();
  } else if (S.Flag) {
    llvm::Expected<bool> Yes = parseYes(S.Key, Value, Text);
    if (!Yes)
      return Yes.takeError();
    Api.*S.Flag = *Yes;
  } else {
    return S.Parse(Api, Value, Text);
  }
  return llvm::Error::success();
}

std::optional<std::string> printSetting(const Setting &S, const PoolApi &Api) {
  if (S.Position)
    return Api.*S.Position ? std::optional(printPosition(*(Api.*S.Position))) : std::nullopt;
  if (S.Text)
    return (Api.*S.Text).empty() ? std::nullopt : std::optional(quoted(Api.*S.Text));
  if (S.Flag)
    return Api.*S.Flag ? std::optional<std::string>("yes") : std::nullopt;
  return S.Print(Api);
}

std::string settingKeys() {
  llvm::SmallVector<StringRef, 16> Keys;
  for (const Setting &S : Settings)
    Keys.push_back(S.Key);
  return llvm::join(Keys, ", ");
}

// A bare policy name is the short form of `policy=`.
bool isBarePolicy(StringRef Part) {
  return !Part.contains('=') && policyFromName(Part.trim()).has_value();
}

llvm::Error applySetting(PoolApi &Api, StringRef Part, StringRef Text) {
  if (isBarePolicy(Part))
    return parsePolicy(Api, Part.trim(), Text);
  if (!Part.contains('='))
    return specError(Text, "'" + Part + "' is neither setting=value nor a policy (" +
                               policyNames() + ")");
  auto [Key, Value] = Part.split('=');
  Key = Key.trim();
  Value = Value.trim();
  if (Value.empty())
    return specError(Text, "setting '" + Part + "' has no value");
  for (const Setting &S : Settings)
    if (S.Key == Key)
      return parseSetting(S, Api, Value, Text);
  return specError(Text, "unknown setting '" + Key + "'; use " + settingKeys());
}

// The short form, a bare policy name, puts the callable first and the
// payload after it, or makes every argument payload; a position written out
// beside it is kept.
void applyShortForm(PoolApi &Api, bool HasCallable, bool HasPayload) {
  if (Api.What != Role::Ships)
    return;
  const bool PayloadOnly = Api.CallPolicy == Policy::PayloadOnly;
  if (!HasCallable && !PayloadOnly)
    Api.Callable = ArgPosition{ArgPosition::Index, 0, 0};
  if (!HasPayload)
    Api.Payload = ArgPosition{ArgPosition::From, PayloadOnly ? 0u : 1u, 0};
}

llvm::Error checkShips(const PoolApi &Api, bool HasPolicy, StringRef Text) {
  if (!HasPolicy)
    return specError(Text, "no policy; add policy=" + policyNames());
  if (!Api.Callable && !Api.Payload)
    return specError(Text, "names neither a callable nor a payload");
  if (Api.CallPolicy == Policy::PayloadOnly && Api.Callable)
    return specError(Text, "a payload-only API has no callable");
  if (Api.Functions)
    return specError(Text, "only a registration names functions=");
  return llvm::Error::success();
}

// What each role needs, so that no entry is accepted that the checks would
// silently ignore.
llvm::Error checkComplete(const PoolApi &Api, bool HasPolicy, StringRef Text) {
  switch (Api.What) {
  case Role::Ships:
    return checkShips(Api, HasPolicy, Text);
  case Role::Registration:
    if (!Api.Functions || Api.RegistrationMacro.empty())
      return specError(Text, "a registration needs functions= and register=");
    return llvm::Error::success();
  case Role::Binder:
    if (!Api.Callable)
      return specError(Text, "a binder needs callable=");
    return llvm::Error::success();
  }
  return llvm::Error::success();
}

llvm::Expected<PoolApi> parseSettings(PoolApi Api, StringRef Settings, StringRef Text) {
  auto Parts = splitSettings(Settings, Text);
  if (!Parts)
    return Parts.takeError();
  bool HasPolicy = false, ShortForm = false, HasCallable = false, HasPayload = false;
  for (const std::string &Part : *Parts) {
    const StringRef Setting(Part);
    ShortForm |= isBarePolicy(Setting);
    HasPolicy |= Setting.starts_with("policy=") || isBarePolicy(Setting);
    HasCallable |= Setting.starts_with("callable=");
    HasPayload |= Setting.starts_with("payload=");
    if (llvm::Error E = applySetting(Api, Part, Text))
      return E;
  }
  if (ShortForm)
    applyShortForm(Api, HasCallable, HasPayload);
  if (llvm::Error E = checkComplete(Api, HasPolicy, Text))
    return E;
  return Api;
}

// The `(` that opens the settings: the first one, unless it is the name's own
// `operator()`. An `operator()` in a quoted value is not the name's.
size_t settingsOpen(StringRef Text) {
  const size_t First = Text.find('(');
  if (First != StringRef::npos && Text.take_front(First).ends_with("operator") &&
      Text.drop_front(First).starts_with("()"))
    return Text.find('(', First + 2);
  return First;
}

} // namespace

llvm::StringRef policyName(Policy P) {
  for (const NamedPolicy &Entry : Policies)
    if (Entry.Value == P)
      return Entry.Name;
  llvm_unreachable("unknown policy");
}

std::optional<Policy> policyFromName(llvm::StringRef Name) {
  for (const NamedPolicy &Entry : Policies)
    if (Entry.Name == Name)
      return Entry.Value;
  return std::nullopt;
}

llvm::Expected<PoolApi> parsePoolApiEntry(llvm::StringRef Text) {
  Text = Text.trim();
  const size_t Open = settingsOpen(Text);
  if (Open == llvm::StringRef::npos || !Text.ends_with(")"))
    return specError(Text, "expected 'qualified::name(setting=value, ...)'");
  llvm::StringRef Name = Text.take_front(Open).trim();
  Name.consume_front("::");
  if (Name.empty())
    return specError(Text, "no function name");
  PoolApi Api;
  Api.QualifiedName = Name.str();
  return parseSettings(std::move(Api), Text.slice(Open + 1, Text.size() - 1), Text);
}

llvm::Expected<PoolApi> parsePoolApiSpec(llvm::StringRef Name, llvm::StringRef Spec) {
  PoolApi Api;
  Api.QualifiedName = Name.str();
  return parseSettings(std::move(Api), Spec, Spec);
}

std::string printPoolApiEntry(const PoolApi &Api) {
  llvm::SmallVector<std::string, 8> Parts;
  for (const Setting &S : Settings)
    if (std::optional<std::string> Value = printSetting(S, Api))
      Parts.push_back(S.Key.str() + "=" + *Value);
  return Api.QualifiedName + "(" + llvm::join(Parts, ", ") + ")";
}

std::string oneLine(llvm::StringRef Text) {
  std::string Line;
  for (char C : Text) {
    if (C == '\n')
      Line += "\\n";
    else if (C == '\r')
      Line += "\\r";
    else if (C == '\t')
      Line += "\\t";
    else if (static_cast<unsigned char>(C) < 0x20 || C == '\x7f')
      Line += llvm::formatv("\\x{0:x-2}", static_cast<unsigned>(static_cast<unsigned char>(C))).str();
    else
      Line += C;
  }
  return Line;
}

} // namespace clang::tidy::serialint
