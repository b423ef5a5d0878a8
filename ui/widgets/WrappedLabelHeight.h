#pragma once

#include <QObject>

class QLabel;

// Keeps a word-wrapped QLabel as tall as its text needs at its current width. A QFormLayout in a
// scroll area sizes such a label for the width it guessed first, so a long paragraph (the privacy
// promise in Spanish) was cut off after a few lines.
class WrappedLabelHeight : public QObject
{
    Q_OBJECT
public:
    static void follow(QLabel *label);
    // After the text changed (the width did not): the height the new text needs.
    static void refit(QLabel *label);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WrappedLabelHeight(QLabel *label);
    static void fit(QLabel *label, int width);
};
