// Fails the build early, with a clear message, when the system Node is too old for Vite.
// Keep in sync with "engines" in package.json (Vite 8 needs ^20.19.0 || >=22.12.0).
const [major, minor] = process.versions.node.split('.').map(Number);

const supported =
  (major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major >= 23;

if (!supported) {
  console.error(
    `\n[tandem-frontend] Node ${process.versions.node} is not supported: Vite needs Node ^20.19.0 or >=22.12.0.\n` +
      '[tandem-frontend] Install a newer Node (with npm) and put it on PATH, or build with -Dskip.npm to reuse target/classes/static.\n',
  );
  process.exit(1);
}

console.log(`[tandem-frontend] Node ${process.versions.node} OK`);
