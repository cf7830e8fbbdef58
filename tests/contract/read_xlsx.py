"""Reads an .xlsx with openpyxl (Debian's python3-openpyxl) and prints the first sheet's rows as JSON, each cell
with its type as openpyxl sees it: [[{"t": "date", "v": "..."}, ...]]. Used by the host tests (the_exports_read_back)."""
import datetime
import json
import sys

import openpyxl


def cell(value):
    if value is None:
        return {"t": "empty", "v": None}
    if isinstance(value, datetime.datetime):
        return {"t": "date", "v": value.isoformat()}
    if isinstance(value, bool):
        return {"t": "boolean", "v": value}
    if isinstance(value, (int, float)):
        return {"t": "number", "v": value}
    return {"t": "string", "v": str(value)}


sheet = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
print(json.dumps([[cell(c.value) for c in row] for row in sheet.iter_rows()]))
