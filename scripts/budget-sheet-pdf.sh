#!/usr/bin/env bash
# Renders a 政府购买服务项目预算表 (.xlsx) to PDF with LibreOffice headless, checks that it
# prints one page wide (every page landscape A4, the last column heading and the 合计 row on
# the page) and writes a PNG of the first page.
#
#   scripts/budget-sheet-pdf.sh [file.xlsx] [out-dir]
#
# Without a file it uses target/budget-sheet/预算表样例.xlsx, which
#   mvn -o -q test -Djacoco.skip=true -Dtest=BudgetSheetPdfTests
# writes (the test also runs this script when soffice is installed). A file exported from a
# running app works as well, e.g.
#   curl -H "Authorization: Bearer $TOKEN" -o plan.xlsx \
#     "http://localhost:8080/api/v1/plans/$PLAN/budget-table.xlsx?all=true"
#
# Needs: libreoffice-calc-nogui (or libreoffice-calc), poppler-utils, fonts-noto-cjk.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
xlsx="${1:-$root/target/budget-sheet/预算表样例.xlsx}"
out="${2:-$root/target/budget-sheet}"
mkdir -p "$out"
[ -f "$xlsx" ] || { echo "没有找到 $xlsx" >&2; exit 2; }
command -v soffice >/dev/null || { echo "需要 LibreOffice（soffice）" >&2; exit 3; }

# A profile of its own, so that a running LibreOffice does not swallow the conversion.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$xlsx" >/dev/null
pdf="$out/$(basename "${xlsx%.*}").pdf"

pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
size=$(pdfinfo "$pdf" | awk '/^Page size:/ {print $3, $5}')
read -r width height <<<"$size"
echo "pdf: $pdf pages=$pages size=${width}x${height} pt"
# A4 landscape is 842 x 595 pt.
awk -v w="$width" -v h="$height" 'BEGIN { exit !(w > h && w > 830 && w < 850) }' \
	|| { echo "不是 A4 横向：${width}x${height}" >&2; exit 1; }
# One page wide: every page carries the first and the last column heading (the header rows
# repeat), and no page holds columns without them.
for ((p = 1; p <= pages; p++)); do
	text="$(pdftotext -f "$p" -l "$p" -layout "$pdf" -)"
	grep -q "序号" <<<"$text" || { echo "第 $p 页没有表头（序号）：表格被拆成多页宽" >&2; exit 1; }
	grep -q "状态" <<<"$text" || { echo "第 $p 页没有最后一列（状态）：表格超过一页宽" >&2; exit 1; }
done
last="$(pdftotext -f "$pages" -l "$pages" -layout "$pdf" -)"
grep -q "合计" <<<"$last" && grep -q "填报日期" <<<"$last" \
	|| { echo "合计行或签章日期行不在最后一页" >&2; exit 1; }
pdftoppm -f 1 -l 1 -r 110 -png -singlefile "$pdf" "$out/$(basename "${xlsx%.*}")"
echo "png: $out/$(basename "${xlsx%.*}").png"
echo "OK: 一页宽，A4 横向，共 $pages 页"
