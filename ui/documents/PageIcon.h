// The icon of a page in the page editor: its thumbnail framed in a square, with a red "GAGAL" band
// for a page that could not be processed, an orange "KOSONG?" band for one that looks blank, and
// "memproses…" while it is being cleaned and compressed.
#pragma once

#include <QImage>
#include <QPixmap>

namespace loket::ui {

enum class PageMark { None, Failed, Blank };

QPixmap pageIcon(const QImage &thumbnail, int side, PageMark mark, bool processing);

} // namespace loket::ui
