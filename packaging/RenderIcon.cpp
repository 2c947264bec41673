// render-icon SVG OUTDIR SIZE...: the app icon as OUTDIR/SIZExSIZE.png for each size, for the
// hicolor icon theme (a build step; Qt's SVG image plugin draws it).
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>

#include <cstdio>

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
    }
    return 0;
}
