#!/usr/bin/env bash
# Record the golden games again (src/engine/save/golden/) after a change that is meant to
# play the same orders differently: raise the engine version first (src/engine/version.ts
# and package.json). Each file's name says its scenario and policy; its seed and role are read from it.
set -euo pipefail
cd "$(dirname "$0")/.."
for file in src/engine/save/golden/*.json; do
  name=$(basename "$file" .json)
  seed=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).seed)' "$file")
  role=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).role)' "$file")
  scenario=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).scenario.id)' "$file")
  policy=${name#"$scenario"-}; policy=${policy%-"$role"}
  npx tsx src/cli/record.ts --scenario "$scenario" --seed "$seed" --role "$role" --policy "$policy" --out "$file"
done
# The legal verdicts shipped with the engine (src/engine/world/legalCasesTable.ts) come from the
# same rules: make them again too (src/cli/verdictTable.test.ts fails until they match).
npm run -s verdict-table
