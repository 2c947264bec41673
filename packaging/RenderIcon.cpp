// render-icon SVG OUTDIR SIZE...: the app icon as OUTDIR/SIZExSIZE.png for each size, for the
// hicolor icon theme, and OUTDIR/voicetraining.ico holding the sizes up to 256 for Windows (a
// build step; Qt's SVG image plugin draws it).
#include <QBuffer>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>

#include <cstdio>
#include <utility>
#include <vector>

namespace {

// A Windows icon file whose images are PNG-compressed (read by Windows Vista and later): the
// ICONDIR header, one ICONDIRENTRY per image, then the images. Little-endian throughout.
bool writeIco(const QString& path, const std::vector<std::pair<int, QByteArray>>& pngs)
{
    QByteArray ico;
    QDataStream out(&ico, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out << quint16(0) << quint16(1) << quint16(pngs.size()); // reserved, type icon, count
    quint32 offset = 6 + 16 * quint32(pngs.size());
    for (const auto& [size, png] : pngs) {
        const quint8 side = size >= 256 ? 0 : quint8(size); // 0 means 256
        out << side << side << quint8(0) << quint8(0);      // width, height, no palette, reserved
        out << quint16(1) << quint16(32) << quint32(png.size()) << offset; // planes, bpp
        offset += quint32(png.size());
    }
    for (const auto& entry : pngs)
        ico.append(entry.second);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(ico) == ico.size();
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: render-icon SVG OUTDIR SIZE...\n");
        return 2;
    }
    const QString svg = QString::fromLocal8Bit(argv[1]);
    const QDir out(QString::fromLocal8Bit(argv[2]));
    if (!QDir().mkpath(out.path())) {
        std::fprintf(stderr, "render-icon: cannot create %s\n", argv[2]);
        return 1;
    }
    std::vector<std::pair<int, QByteArray>> icoImages;
    for (int i = 3; i < argc; ++i) {
        const int size = QByteArray(argv[i]).toInt();
        if (size <= 0 || size > 4096) {
            std::fprintf(stderr, "render-icon: bad size %s\n", argv[i]);
            return 2;
        }
        QImageReader reader(svg);
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        const QString path = out.filePath(QStringLiteral("%1x%1.png").arg(size));
        if (image.isNull() || !image.save(path)) {
            std::fprintf(stderr, "render-icon: %s: %s\n", qPrintable(path),
                qPrintable(reader.errorString()));
            return 1;
        }
        if (size <= 256) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            icoImages.emplace_back(size, png);
        }
    }
    const QString ico = out.filePath(QStringLiteral("voicetraining.ico"));
    if (!writeIco(ico, icoImages)) {
        std::fprintf(stderr, "render-icon: cannot write %s\n", qPrintable(ico));
        return 1;
    }
    return 0;
}
