// The flags every Chromium the tests start runs with (ENVIRONMENT.md): root
// needs --no-sandbox, and without the background-networking flags Chromium
// tries hosts this machine cannot reach. Shared by tests/e2e and
// tests/wordpress so that the suites cannot drift apart.
export const CHROMIUM_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
