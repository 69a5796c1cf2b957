// pdf.js, Firefox's PDF engine, driven the way Firefox's form layer drives it.
//
//   node pdfjs.mjs fields FORM.pdf                 -> JSON: every field pdf.js sees
//   node pdfjs.mjs fill FORM.pdf OUT.pdf VALUES    -> fills and saves as Firefox does
//   node pdfjs.mjs render FORM.pdf PREFIX [VALUES] -> PREFIX-1.png ... (VALUES: as printed
//                                                     after filling, without saving)
//
// VALUES is JSON: {"text field": "text", "check box": true, "radio group": "its value",
// "combo box": "its export value"}. Firefox's form layer stores, per widget, what the
// person did: a text field its text, a check box true/false, the radio button clicked true
// and its siblings false, a combo box the chosen export value; the same is done here.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { AnnotationMode, getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, "node_modules", "pdfjs-dist");
// In Node, pdf.js reads these with fs: plain paths, each ending with a slash.
const resources = {
  standardFontDataUrl: path.join(dist, "standard_fonts") + path.sep,
  cMapUrl: path.join(dist, "cmaps") + path.sep,
  cMapPacked: true,
  wasmUrl: path.join(dist, "wasm") + path.sep,
  verbosity: 0,
};

async function open(file) {
  const data = new Uint8Array(fs.readFileSync(file));
  return getDocument({ data, ...resources }).promise;
}

async function annotationsOf(doc) {
  const byId = {};
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    for (const annotation of await page.getAnnotations()) byId[annotation.id] = annotation;
  }
  return byId;
}

function fieldsOf(objects, annotations) {
  const found = {};
  for (const [name, widgets] of Object.entries(objects)) {
    const real = widgets.filter((w) => w.type); // the parent entry of a group has no type
    found[name] = real.map((w) => ({
      id: w.id,
      type: w.type,
      page: w.page,
      rect: w.rect,
      value: w.value,
      defaultValue: w.defaultValue,
      exportValue: w.exportValues ?? null, // a check box's or radio button's on-state
      items: w.items ? w.items.map((item) => item.exportValue) : null,
      editable: w.editable,
      hidden: w.hidden,
      multiline: w.multiline ?? false,
      charLimit: w.charLimit ?? null,
      tooltip: annotations[w.id]?.alternativeText ?? null,
      hasAppearance: annotations[w.id]?.hasAppearance ?? false,
    }));
  }
  return found;
}

function fill(doc, objects, values) {
  const missing = [];
  for (const [name, wanted] of Object.entries(values)) {
    const widgets = (objects[name] || []).filter((w) => w.type);
    if (widgets.length === 0) {
      missing.push(name);
      continue;
    }
    if (widgets[0].type === "radiobutton") {
      if (!widgets.some((w) => w.exportValues === wanted)) missing.push(`${name}=${wanted}`);
      for (const w of widgets) doc.annotationStorage.setValue(w.id, { value: false });
      for (const w of widgets) {
        if (w.exportValues === wanted) doc.annotationStorage.setValue(w.id, { value: true });
      }
    } else if (widgets[0].type === "checkbox") {
      for (const w of widgets) doc.annotationStorage.setValue(w.id, { value: Boolean(wanted) });
    } else {
      for (const w of widgets) doc.annotationStorage.setValue(w.id, { value: String(wanted) });
    }
  }
  if (missing.length) throw new Error(`pdf.js found no field for: ${missing.join(", ")}`);
}

async function render(doc, prefix, mode) {
  const written = [];
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    const viewport = page.getViewport({ scale: 100 / 72 });
    const canvasAndContext = doc.canvasFactory.create(viewport.width, viewport.height);
    await page.render({
      canvasContext: canvasAndContext.context,
      canvas: canvasAndContext.canvas,
      viewport,
      annotationMode: mode,
      background: "white",
    }).promise;
    const out = `${prefix}-${number}.png`;
    fs.writeFileSync(out, canvasAndContext.canvas.toBuffer("image/png"));
    written.push(out);
    page.cleanup();
  }
  return written;
}

async function main() {
  const [command, file, ...rest] = process.argv.slice(2);
  const doc = await open(file);
  const objects = (await doc.getFieldObjects()) || {};
  if (command === "fields") {
    process.stdout.write(JSON.stringify(fieldsOf(objects, await annotationsOf(doc))));
  } else if (command === "fill") {
    const [output, json] = rest;
    fill(doc, objects, JSON.parse(json));
    fs.writeFileSync(output, await doc.saveDocument());
    process.stdout.write(JSON.stringify({ saved: output }));
  } else if (command === "render") {
    const [prefix, json] = rest;
    let mode = AnnotationMode.ENABLE; // the fields' appearance streams, as saved
    if (json) {
      fill(doc, objects, JSON.parse(json));
      mode = AnnotationMode.ENABLE_STORAGE; // what Firefox prints after filling
    }
    process.stdout.write(JSON.stringify({ pages: await render(doc, prefix, mode) }));
  } else {
    throw new Error(`unknown command ${command}`);
  }
  await doc.destroy();
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
