// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "Icons.h"

#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

using namespace Qt::Literals::StringLiterals;

// Q_INIT_RESOURCE must be used outside any namespace; the resources live in this static library.
static void initExpressAdminResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(expressadmin);
        return true;
    }();
    Q_UNUSED(done);
}

namespace Icons {

QIcon themed(const QString& name, const QPalette& palette)
{
    initExpressAdminResources();
    QFile file(u":/icons/%1.svg"_s.arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll();
    QIcon icon;
    // Disabled icons in the palette's disabled text colour: the style's generated ones stay too dark for black
    // strokes.
    for (const auto& [mode, group] :
        {std::pair {QIcon::Normal, QPalette::Active}, std::pair {QIcon::Disabled, QPalette::Disabled}}) {
        QByteArray coloured = svg;
        coloured.replace("currentColor", palette.color(group, QPalette::WindowText).name().toLatin1());
        QSvgRenderer renderer(coloured);
        for (const int size : {16, 24, 32}) {
            // Device pixel ratio 1: QIcon scales for high-DPI screens from the largest fitting pixmap.
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            renderer.render(&painter);
            painter.end();
            icon.addPixmap(pixmap, mode);
        }
    }
    return icon;
}

QIcon application()
{
    initExpressAdminResources();
    return QIcon(u":/icons/expressadmin.svg"_s);
}

} // namespace Icons
