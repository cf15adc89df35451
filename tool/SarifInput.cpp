//===--- SarifInput.cpp - serialint command -------------------------------===//

#include "SarifInput.h"
#include "ExitStatus.h"
#include "Fingerprint.h"
#include "llvm/Support/MemoryBuffer.h"

namespace json = llvm::json;

namespace serialint::tool {

json::Object readSerialintRun(const std::string &File, llvm::StringRef Who) {
  auto Buffer = llvm::MemoryBuffer::getFileOrSTDIN(File);
  if (!Buffer)
    usageError(Who + ": cannot read '" + File + "': " + Buffer.getError().message());
  llvm::Expected<json::Value> Document = json::parse((*Buffer)->getBuffer());
  if (!Document)
    usageError(Who + ": '" + File + "' is not JSON: " + llvm::toString(Document.takeError()));
  const json::Object *Top = Document->getAsObject();
  const json::Array *Runs = Top ? Top->getArray("runs") : nullptr;
  if (!Top || Top->getString("version") != "2.1.0" || !Runs || Runs->size() != 1)
    usageError(Who + ": '" + File + "' is not SARIF 2.1.0 with one run");
  const json::Object *Run = (*Runs)[0].getAsObject();
  const json::Object *Tool = Run ? Run->getObject("tool") : nullptr;
  const json::Object *Driver = Tool ? Tool->getObject("driver") : nullptr;
  if (!Driver || Driver->getString("name") != "serialint" || !Run->getArray("results"))
    usageError(Who + ": '" + File + "' is not a run of serialint");
  return *Run;
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

Baseline readBaseline(const std::string &File) {
  Baseline Result;
  Result.File = File;
  json::Object Run = readSerialintRun(File, "--baseline");
  for (const json::Value &Item : *Run.getArray("results"))
    if (const json::Object *R = Item.getAsObject())
      Result.Results.try_emplace(fingerprintOfResult(*R), *R);
  return Result;
}

} // namespace serialint::tool
