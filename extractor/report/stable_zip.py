"""Re-packing an .xlsx with fixed times, so the same batch always gives the same bytes."""

from __future__ import annotations

from datetime import datetime
from io import BytesIO
from typing import TYPE_CHECKING
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

if TYPE_CHECKING:
    from openpyxl import Workbook

# ZIP's earliest date. A report carries no time of its own: openpyxl stamps docProps/core.xml
# (created at Workbook(), modified at save) and zipfile stamps every entry with the clock.
FIXED_TIME = datetime(1980, 1, 1)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_CORE = "docProps/core.xml"


def workbook_bytes(workbook: Workbook) -> bytes:
    """The saved workbook with its document properties and zip entries dated FIXED_TIME."""
    from openpyxl.xml.functions import tostring

    saved = BytesIO()
    workbook.save(saved)  # sets properties.modified to now, which the core entry replaces
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    core = tostring(workbook.properties.to_tree())
    fixed = BytesIO()
    with ZipFile(saved) as source, ZipFile(fixed, "w", ZIP_DEFLATED) as target:
        for entry in source.infolist():
            stable = ZipInfo(entry.filename, date_time=_ZIP_TIME)
            stable.external_attr = entry.external_attr
            stable.compress_type = ZIP_DEFLATED
            data = core if entry.filename == _CORE else source.read(entry)
            target.writestr(stable, data)
    return fixed.getvalue()
