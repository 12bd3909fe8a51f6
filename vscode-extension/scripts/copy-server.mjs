// Copies the server jar that Maven built (lsp-server/target/corpuslint-lsp.jar) into the extension, so the
// .vsix carries it.
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const jar = join(here, "..", "..", "lsp-server", "target", "corpuslint-lsp.jar");
if (!existsSync(jar)) {
  console.error(`copy-server: ${jar} is missing; build it first with ./mvnw -pl lsp-server -am package`);
  process.exit(1);
}
mkdirSync(join(here, "..", "server"), { recursive: true });
copyFileSync(jar, join(here, "..", "server", "corpuslint-lsp.jar"));
