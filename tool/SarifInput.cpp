//===--- SarifInput.cpp - serialint command -------------------------------===//

#include "SarifInput.h"
#include "ExitStatus.h"
#include "Fingerprint.h"
#include "llvm/Support/MemoryBuffer.h"

namespace json = llvm::json;

namespace serialint::tool {

llvm::Expected<json::Object> parseSerialintRun(llvm::StringRef Text) {
  auto Refuse = [](const llvm::Twine &Why) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(), Why);
  };
  llvm::Expected<json::Value> Document = json::parse(Text);
  if (!Document)
    return Refuse("is not JSON: " + llvm::toString(Document.takeError()));
  const json::Object *Top = Document->getAsObject();
  const json::Array *Runs = Top ? Top->getArray("runs") : nullptr;
  if (!Top || Top->getString("version") != "2.1.0" || !Runs || Runs->size() != 1)
    return Refuse("is not SARIF 2.1.0 with one run");
  const json::Object *Run = (*Runs)[0].getAsObject();
  const json::Object *Tool = Run ? Run->getObject("tool") : nullptr;
  const json::Object *Driver = Tool ? Tool->getObject("driver") : nullptr;
  if (!Driver || Driver->getString("name") != "serialint" || !Run->getArray("results"))
    return Refuse("is not a run of serialint");
  return *Run;
}

json::Object readSerialintRun(const std::string &File, llvm::StringRef Who) {
  auto Buffer = llvm::MemoryBuffer::getFileOrSTDIN(File);
  if (!Buffer)
    usageError(Who + ": cannot read '" + File + "': " + Buffer.getError().message());
  llvm::Expected<json::Object> Run = parseSerialintRun((*Buffer)->getBuffer());
  if (!Run)
    usageError(Who + ": '" + File + "' " + llvm::toString(Run.takeError()));
  return std::move(*Run);
}

std::string fingerprintOfResult(const json::Object &Result) {
  if (const json::Object *Prints = Result.getObject("partialFingerprints"))
    if (auto Print = Prints->getString(FingerprintKey))
      return Print->str();
  llvm::StringRef File;
  if (const json::Array *Locations = Result.getArray("locations"))
    if (!Locations->empty())
      if (const json::Object *At = (*Locations)[0].getAsObject())
        if (const json::Object *Physical = At->getObject("physicalLocation"))
          if (const json::Object *Artifact = Physical->getObject("artifactLocation"))
            File = Artifact->getString("uri").value_or("");
  llvm::StringRef Message;
  if (const json::Object *Text = Result.getObject("message"))
    Message = Text->getString("text").value_or("");
  return fingerprintOf(Result.getString("ruleId").value_or(""), File, Message);
}

Baseline baselineOf(std::string File, const json::Object &Run) {
  Baseline Result;
  Result.File = std::move(File);
  for (const json::Value &Item : *Run.getArray("results"))
    if (const json::Object *R = Item.getAsObject())
      Result.Results.try_emplace(fingerprintOfResult(*R), *R);
  return Result;
}

Baseline readBaseline(const std::string &File) {
  return baselineOf(File, readSerialintRun(File, "--baseline"));
}

} // namespace serialint::tool
