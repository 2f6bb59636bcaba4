// Generates src/lib/api-types.ts from openapi.json (the backend's schema,
// written by `make openapi`). With --check it generates into a temporary file
// instead and fails when the committed types differ, so a changed API
// contract cannot land without regenerated types.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const webDir = fileURLToPath(new URL("..", import.meta.url));
const committed = join(webDir, "src/lib/api-types.ts");

function generate(target) {
  // Defaults make a field optional in a request body; responses are checked
  // by the stricter zod schemas in src/lib/schemas.ts.
  execFileSync(
    join(webDir, "node_modules/.bin/openapi-typescript"),
    ["openapi.json", "--default-non-nullable", "false", "--output", target],
    { cwd: webDir, stdio: ["ignore", "ignore", "inherit"] },
  );
}

if (!process.argv.includes("--check")) {
  generate(committed);
  console.log("wrote src/lib/api-types.ts");
} else {
  const scratch = mkdtempSync(join(tmpdir(), "api-types-"));
  try {
    const fresh = join(scratch, "api-types.ts");
    generate(fresh);
    if (readFileSync(fresh, "utf8") !== readFileSync(committed, "utf8")) {
      console.error("src/lib/api-types.ts is out of date with openapi.json: run `pnpm --dir web gen:api`.");
      process.exitCode = 1;
    } else {
      console.log("src/lib/api-types.ts matches openapi.json");
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
