#!/usr/bin/env bash
# Record the golden games again (src/engine/save/golden/) after a change that is meant to
# play the same orders differently: raise the engine version first (src/engine/version.ts
# and package.json). Each file's name says its scenario and policy; its seed and role are read from it.
set -euo pipefail
cd "$(dirname "$0")/.."
# The legal verdicts shipped with the engine (src/engine/world/legalCasesTable.ts) come from the
# same rules: make them again first (src/cli/verdictTable.test.ts fails until they match). The
# engine starts its verdict memo from that table, so games recorded before it is made again would
# carry the old rules' verdicts, and fail to replay once it is.
npm run -s verdict-table
for file in src/engine/save/golden/*.json; do
  name=$(basename "$file" .json)
  seed=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).seed)' "$file")
  role=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).role)' "$file")
  scenario=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).scenario.id)' "$file")
  policy=${name#"$scenario"-}; policy=${policy%-"$role"}
  npx tsx src/cli/record.ts --scenario "$scenario" --seed "$seed" --role "$role" --policy "$policy" --out "$file"
done
