// A bare page over the claimlens module: text in, the JSON document out.
// User text reaches the page only as text (textContent), never as HTML.
import init, { analyze } from "./claimlens.js";

const article = document.getElementById("article");
const button = document.getElementById("analyse");
const output = document.getElementById("output");

function show() {
  try {
    output.textContent = JSON.stringify(analyze(article.value), null, 2);
  } catch (error) {
    output.textContent = `Error: ${error.message}`;
  }
}

try {
  await init();
  button.addEventListener("click", show);
  button.disabled = false;
} catch (error) {
  output.textContent = `claimlens could not load: ${error.message}`;
}
