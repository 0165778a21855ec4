// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkCustomerChoice.h"

#include "core/store/CustomerSearch.h"
#include "ui/bulk/BulkIdsFile.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

using Selection = BulkRunRecord::Selection;

BulkCustomerChoice::BulkCustomerChoice(QWidget* parent)
    : QWidget(parent)
{
    auto* group = new QButtonGroup(this);
    auto radio = [this, group](const QString& name) {
        auto* button = new QRadioButton(this);
        button->setObjectName(name);
        group->addButton(button);
        connect(button, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                Q_EMIT choiceChanged();
        });
        return button;
    };
    m_selected = radio(u"chooseSelected"_s);
    m_search = radio(u"chooseSearch"_s);
    m_file = radio(u"chooseFile"_s);
    m_all = radio(u"chooseAll"_s);
    m_fileButton = new QPushButton(tr("Choose &File…"), this);
    m_fileButton->setObjectName(u"chooseFileButton"_s);
    m_fileButton->setAutoDefault(false);
    m_fileButton->setToolTip(tr("A text or CSV file with one customer id per line"));
    connect(m_fileButton, &QPushButton::clicked, this, &BulkCustomerChoice::chooseFile);
    m_fileNote = new QLabel(this);
    m_fileNote->setObjectName(u"idsFileNote"_s);
    m_fileNote->setWordWrap(true);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_selected, 0, 0, 1, 2);
    layout->addWidget(m_search, 1, 0, 1, 2);
    layout->addWidget(m_file, 2, 0);
    layout->addWidget(m_fileButton, 2, 1, Qt::AlignLeft);
    layout->addWidget(m_fileNote, 3, 0, 1, 2);
    layout->addWidget(m_all, 4, 0, 1, 2);
    layout->setColumnStretch(1, 1);
    updateTexts();
}

void BulkCustomerChoice::setSources(const Sources& sources)
{
    m_sources = sources;
    updateTexts();
    if (sources.selectionIsAllResults && !sources.queryText.isEmpty())
        m_search->setChecked(true);
    else if (sources.selectionIsAllResults)
        m_all->setChecked(true);
    else if (!sources.selectedIds.isEmpty())
        m_selected->setChecked(true);
    Q_EMIT choiceChanged();
}

void BulkCustomerChoice::updateTexts()
{
    const QLocale locale;
    m_selected->setText(
        tr("The customers &selected in the list (%1)").arg(locale.toString(m_sources.selectedIds.size())));
    m_selected->setEnabled(!m_sources.selectedIds.isEmpty());
    m_search->setText(
        tr("All results of the s&earch “%1” (%2)").arg(m_sources.queryText, locale.toString(m_sources.queryCount)));
    m_search->setVisible(!m_sources.queryText.isEmpty());
    m_file->setText(m_filePath.isEmpty()
            ? tr("The customers in a file of &ids")
            : tr("The customers in a file of &ids: %1 (%2)")
                  .arg(QFileInfo(m_filePath).fileName(), locale.toString(m_fileIds.size())));
    m_file->setEnabled(!m_fileIds.isEmpty());
    m_all->setText(tr("&All customers in the workspace (%1)").arg(locale.toString(m_sources.mirrorCount)));
    m_all->setEnabled(m_sources.mirrorCount > 0);
}

Selection BulkCustomerChoice::selection() const
{
    if (m_search->isChecked())
        return Selection::Search;
    if (m_file->isChecked())
        return Selection::IdsFile;
    if (m_all->isChecked())
        return Selection::All;
    return Selection::Selected;
}

void BulkCustomerChoice::setSelection(Selection selection)
{
    switch (selection) {
    case Selection::Selected:
        return m_selected->setChecked(true);
    case Selection::Search:
        return m_search->setChecked(true);
    case Selection::IdsFile:
        return m_file->setChecked(true);
    case Selection::All:
        return m_all->setChecked(true);
    }
}

QString BulkCustomerChoice::selectionText() const
{
    if (m_search->isChecked())
        return m_sources.queryText;
    if (m_file->isChecked())
        return QFileInfo(m_filePath).fileName();
    return QString();
}

qint64 BulkCustomerChoice::count() const
{
    if (m_selected->isChecked())
        return m_sources.selectedIds.size();
    if (m_search->isChecked())
        return m_sources.queryCount;
    if (m_file->isChecked())
        return m_fileIds.size();
    if (m_all->isChecked())
        return m_sources.mirrorCount;
    return 0;
}

void BulkCustomerChoice::chooseFile()
{
    const QString folder = m_filePath.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                : QFileInfo(m_filePath).absolutePath();
    auto* dialog = new QFileDialog(
        this, tr("Choose a File of Customer Ids"), folder, tr("Text and CSV files (*.txt *.csv);;All files (*)"));
    dialog->setObjectName(u"idsFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &BulkCustomerChoice::loadIdsFile);
    dialog->open();
}

bool BulkCustomerChoice::loadIdsFile(const QString& path)
{
    const BulkIdsFile::Read read = BulkIdsFile::load(path);
    QStringList notes = read.problems;
    if (read.duplicates > 0)
        notes.append(tr("%n id(s) given more than once were taken once.", nullptr, read.duplicates));
    if (read.ids.isEmpty() && read.problems.isEmpty())
        notes.append(tr("%1 holds no customer ids.").arg(QDir::toNativeSeparators(path)));
    m_fileNote->setText(notes.join(u'\n'));
    m_fileNote->setVisible(!notes.isEmpty());
    m_filePath = read.ids.isEmpty() ? QString() : path;
    m_fileIds = read.ids;
    updateTexts();
    if (!read.ids.isEmpty())
        m_file->setChecked(true);
    else if (m_file->isChecked())
        m_selected->setChecked(true);
    Q_EMIT choiceChanged();
    return !read.ids.isEmpty();
}

Result<QStringList, StoreError> BulkCustomerChoice::resolve(const std::shared_ptr<WorkspaceStore>& store) const
{
    switch (selection()) {
    case Selection::Selected:
        return m_sources.selectedIds;
    case Selection::IdsFile:
        return m_fileIds;
    case Selection::Search:
    case Selection::All:
        break;
    }
    if (!store)
        return StoreError {StoreError::Kind::Failed, tr("This connection has no workspace to search.")};
    const SearchQuery query =
        selection() == Selection::Search ? SearchQuery::parse(m_sources.queryText) : SearchQuery();
    return CustomerSearch(store).ids(query, m_sources.order);
}
