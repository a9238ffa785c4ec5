#include "ServiceForm.h"

#include "catalogue/ServiceTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

namespace loket::ui {

namespace {

enum RequirementColumn { KeyColumn, LabelColumn, MandatoryColumn };

QPlainTextEdit *plainTextEdit(QWidget *parent, const QString &objectName, int height)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setFixedHeight(height);
    edit->setTabChangesFocus(true);
    return edit;
}

// A requirement typed without a key gets one from its label ("KTP-el pemohon" → "ktp_el_pemohon"):
// the key only has to be stable, and officers should not have to invent identifiers.
QString keyFromLabel(const QString &label)
{
    QString key;
    for (const QChar c : label.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            key += c;
        else if (!key.isEmpty() && !key.endsWith(u'_'))
            key += u'_';
    }
    while (key.endsWith(u'_'))
        key.chop(1);
    return key.left(40);
}

} // namespace

ServiceForm::ServiceForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("serviceForm"));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Next to the catalogue list the form is narrow: long labels go above their fields.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("serviceCodeLineEdit"));
    m_code->setPlaceholderText(tr("huruf besar, misalnya SKTM"));
    m_code->setMaxLength(16);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("serviceNameLineEdit"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("serviceCategoryComboBox"));
    m_category->addItem(ServiceTableModel::categoryLabel(QStringLiteral("perizinan")), QStringLiteral("perizinan"));
    m_category->addItem(ServiceTableModel::categoryLabel(QStringLiteral("non_perizinan")), QStringLiteral("non_perizinan"));
    form->addRow(tr("Kode layanan"), m_code);
    form->addRow(tr("Nama layanan"), m_name);
    form->addRow(tr("Kategori"), m_category);

    m_requirements = new QTableWidget(0, 3, this);
    m_requirements->setObjectName(QStringLiteral("requirementsTableWidget"));
    m_requirements->setHorizontalHeaderLabels({tr("Kunci"), tr("Keterangan"), tr("Wajib")});
    m_requirements->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::Interactive);
    m_requirements->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_requirements->horizontalHeader()->setSectionResizeMode(MandatoryColumn, QHeaderView::ResizeToContents);
    m_requirements->setColumnWidth(KeyColumn, 150);
    m_requirements->verticalHeader()->hide();
    m_requirements->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_requirements->setMinimumHeight(160);
    auto *addRequirement = new QPushButton(tr("Tambah persyaratan"), this);
    addRequirement->setObjectName(QStringLiteral("addRequirementButton"));
    auto *removeRequirement = new QPushButton(tr("Hapus persyaratan terpilih"), this);
    removeRequirement->setObjectName(QStringLiteral("removeRequirementButton"));
    auto *requirementButtons = new QHBoxLayout;
    requirementButtons->addWidget(addRequirement);
    requirementButtons->addWidget(removeRequirement);
    requirementButtons->addStretch(1);
    auto *requirementsBox = new QVBoxLayout;
    requirementsBox->addWidget(m_requirements);
    requirementsBox->addLayout(requirementButtons);
    form->addRow(tr("Persyaratan"), requirementsBox);

    m_procedure = plainTextEdit(this, QStringLiteral("procedurePlainTextEdit"), 110);
    form->addRow(tr("Prosedur"), m_procedure);

    m_timeLimit = new QSpinBox(this);
    m_timeLimit->setObjectName(QStringLiteral("timeLimitSpinBox"));
    m_timeLimit->setRange(0, 365);
    m_timeLimit->setSuffix(tr(" hari kerja"));
    m_timeLimit->setSpecialValueText(tr("Hari yang sama"));
    auto *timeLimitBox = new QHBoxLayout;
    timeLimitBox->addWidget(m_timeLimit);
    timeLimitBox->addWidget(new QLabel(tr("0 = selesai pada hari yang sama"), this));
    timeLimitBox->addStretch(1);
    form->addRow(tr("Jangka waktu"), timeLimitBox);

    m_fee = new QLineEdit(this);
    m_fee->setObjectName(QStringLiteral("feeLineEdit"));
    m_fee->setPlaceholderText(tr("misalnya Gratis"));
    m_product = new QLineEdit(this);
    m_product->setObjectName(QStringLiteral("productLineEdit"));
    m_complaintChannel = plainTextEdit(this, QStringLiteral("complaintChannelPlainTextEdit"), 60);
    m_legalBasis = plainTextEdit(this, QStringLiteral("legalBasisPlainTextEdit"), 80);
    m_classificationCode = new QLineEdit(this);
    m_classificationCode->setObjectName(QStringLiteral("classificationCodeLineEdit"));
    m_classificationCode->setPlaceholderText(tr("misalnya 400.12.2.2"));
    m_active = new QCheckBox(tr("Layanan aktif (dapat dipilih di loket)"), this);
    m_active->setObjectName(QStringLiteral("serviceActiveCheckBox"));
    form->addRow(tr("Biaya/tarif"), m_fee);
    form->addRow(tr("Produk layanan"), m_product);
    form->addRow(tr("Penanganan pengaduan"), m_complaintChannel);
    form->addRow(tr("Dasar hukum"), m_legalBasis);
    form->addRow(tr("Kode klasifikasi arsip"), m_classificationCode);
    form->addRow(QString(), m_active);

    connect(addRequirement, &QPushButton::clicked, this, &ServiceForm::addRequirement);
    connect(removeRequirement, &QPushButton::clicked, this, &ServiceForm::removeRequirements);
    startNew();
}

void ServiceForm::appendRequirementRow(const Requirement &requirement)
{
    const int row = m_requirements->rowCount();
    m_requirements->insertRow(row);
    m_requirements->setItem(row, KeyColumn, new QTableWidgetItem(requirement.key));
    m_requirements->setItem(row, LabelColumn, new QTableWidgetItem(requirement.label));
    auto *mandatory = new QTableWidgetItem;
    mandatory->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    mandatory->setCheckState(requirement.mandatory ? Qt::Checked : Qt::Unchecked);
    m_requirements->setItem(row, MandatoryColumn, mandatory);
}

void ServiceForm::addRequirement()
{
    appendRequirementRow({QString(), QString(), true});
    const int row = m_requirements->rowCount() - 1;
    m_requirements->setCurrentCell(row, LabelColumn);
    m_requirements->editItem(m_requirements->item(row, LabelColumn));
}

void ServiceForm::removeRequirements()
{
    QList<int> rows;
    const QModelIndexList selected = m_requirements->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << index.row();
    if (rows.isEmpty() && m_requirements->currentRow() >= 0)
        rows << m_requirements->currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_requirements->removeRow(row);
}

void ServiceForm::setService(const ServiceType &s)
{
    m_id = s.id;
    m_code->setText(s.code);
    m_name->setText(s.name);
    m_category->setCurrentIndex(qMax(0, m_category->findData(s.category)));
    m_requirements->setRowCount(0);
    for (const Requirement &r : s.requirements)
        appendRequirementRow(r);
    m_requirements->resizeRowsToContents();
    m_procedure->setPlainText(s.procedure);
    m_timeLimit->setValue(s.timeLimitDays);
    m_fee->setText(s.fee);
    m_product->setText(s.product);
    m_complaintChannel->setPlainText(s.complaintChannel);
    m_legalBasis->setPlainText(s.legalBasis);
    m_classificationCode->setText(s.classificationCode);
    m_active->setChecked(s.active);
    // Long texts should show their beginning, not their end.
    for (QLineEdit *edit : {m_name, m_fee, m_product})
        edit->setCursorPosition(0);
}

ServiceType ServiceForm::service() const
{
    ServiceType s;
    s.id = m_id;
    s.code = m_code->text().trimmed().toUpper();
    s.name = m_name->text();
    s.category = m_category->currentData().toString();
    for (int row = 0; row < m_requirements->rowCount(); ++row) {
        const QTableWidgetItem *key = m_requirements->item(row, KeyColumn);
        const QTableWidgetItem *label = m_requirements->item(row, LabelColumn);
        const QTableWidgetItem *mandatory = m_requirements->item(row, MandatoryColumn);
        Requirement r;
        r.key = key ? key->text().trimmed() : QString();
        r.label = label ? label->text().trimmed() : QString();
        r.mandatory = mandatory && mandatory->checkState() == Qt::Checked;
        if (r.key.isEmpty() && r.label.isEmpty())
            continue; // an added row left blank is no requirement
        if (r.key.isEmpty())
            r.key = keyFromLabel(r.label);
        s.requirements << r;
    }
    s.procedure = m_procedure->toPlainText();
    s.timeLimitDays = m_timeLimit->value();
    s.fee = m_fee->text();
    s.product = m_product->text();
    s.complaintChannel = m_complaintChannel->toPlainText();
    s.legalBasis = m_legalBasis->toPlainText();
    s.classificationCode = m_classificationCode->text().trimmed();
    s.active = m_active->isChecked();
    return s;
}

void ServiceForm::startNew()
{
    setService(ServiceType{});
    m_code->setFocus();
}

} // namespace loket::ui
