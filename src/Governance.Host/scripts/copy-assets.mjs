// Copies the NL Design System CSS the pages need from node_modules into wwwroot/lib (git-ignored).
// Runs after `npm ci` (postinstall); run.sh and test.sh call `npm ci` when node_modules is missing.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(dirname(fileURLToPath(import.meta.url)));
const modules = join(here, "node_modules");
const lib = join(here, "wwwroot", "lib");

function copy(from, to) {
  mkdirSync(dirname(join(lib, to)), { recursive: true });
  copyFileSync(join(modules, from), join(lib, to));
}

// The community components (EUPL-1.2), styled only through design tokens (CSS custom properties).
copy("@utrecht/component-library-css/dist/index.css", "utrecht/component-library.css");

// Gemeente Utrecht's own tokens are proprietary to Utrecht: offered as the optional theme "utrecht" (Web:Theme),
// never the default. Rescoped from .utrecht-theme to our theme class so every theme hangs on the same element.
const utrecht = readFileSync(join(modules, "@utrecht/design-tokens/dist/theme.css"), "utf8");
mkdirSync(join(lib, "themes"), { recursive: true });
writeFileSync(join(lib, "themes", "utrecht.css"), utrecht.replaceAll(".utrecht-theme", ".governance-theme"));

console.log("NL Design System CSS gekopieerd naar wwwroot/lib");
