// Reads an .xlsx with two independent readers (ExcelJS and SheetJS) and prints, per reader, the first sheet's rows
// as JSON with each cell's type as that reader sees it: {"exceljs": [[{"t": "date", "v": "..."}, ...]], "sheetjs": ...}.
// Used by the host tests (the_exports_read_back) to prove the workbook opens and its cells are typed.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import XLSX from "xlsx";

const file = process.argv[2];
const cell = (t, v) => ({ t, v });

const workbook = new ExcelJS.Workbook();
await workbook.xlsx.load(readFileSync(file));
const exceljs = [];
workbook.worksheets[0].eachRow({ includeEmpty: true }, row => {
  const cells = [];
  for (let i = 1; i <= row.cellCount; i++) {
    const v = row.getCell(i).value;
    if (v === null || v === undefined) cells.push(cell("empty", null));
    else if (v instanceof Date) cells.push(cell("date", v.toISOString()));
    else if (typeof v === "boolean") cells.push(cell("boolean", v));
    else if (typeof v === "number") cells.push(cell("number", v));
    else if (typeof v === "object" && "richText" in v) cells.push(cell("string", v.richText.map(r => r.text).join("")));
    else cells.push(cell("string", String(v)));
  }
  exceljs.push(cells);
});

const book = XLSX.read(readFileSync(file), { cellDates: true });
const sheet = book.Sheets[book.SheetNames[0]];
const range = XLSX.utils.decode_range(sheet["!ref"]);
const sheetjs = [];
for (let r = range.s.r; r <= range.e.r; r++) {
  const cells = [];
  for (let c = range.s.c; c <= range.e.c; c++) {
    const found = sheet[XLSX.utils.encode_cell({ r, c })];
    if (!found) cells.push(cell("empty", null));
    else if (found.t === "d") cells.push(cell("date", found.v.toISOString()));
    else if (found.t === "b") cells.push(cell("boolean", found.v));
    else if (found.t === "n") cells.push(cell("number", found.v));
    else cells.push(cell("string", String(found.v)));
  }
  sheetjs.push(cells);
}

console.log(JSON.stringify({ exceljs, sheetjs }));
