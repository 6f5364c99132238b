// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProvisioningList.h"
#include "core/FileWriteGuard.h"

#include "appx/ManifestXml.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <functional>

namespace wb {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::ProvisioningList)
};
} // namespace

struct ProvisioningList::Node
{
    enum class Type { Document, Element, Text, Comment, ProcessingInstruction };
    Type type = Type::Element;
    QString qualifiedName; ///< as written (prefix:local)
    QString localName;
    QString namespaceUri;
    QList<std::pair<QString, QString>> attributes; ///< qualified name -> value, namespace declarations included, in order
    QString text;   ///< Text, Comment; PI data
    QString target; ///< PI target
    QList<Node> children;

    Node *child(const QString &local)
    {
        for (Node &c : children)
            if (c.type == Type::Element && c.localName == local)
                return &c;
        return nullptr;
    }
    const Node *child(const QString &local) const
    {
        for (const Node &c : children)
            if (c.type == Type::Element && c.localName == local)
                return &c;
        return nullptr;
    }
    QString attr(const QString &name) const
    {
        for (const auto &[k, v] : attributes)
            if (k == name)
                return v;
        return {};
    }
};

QString ProvisionedPackage::attribute(const QString &name) const
{
    for (const auto &[k, v] : attributes)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

void ProvisionedPackage::setAttribute(const QString &name, const QString &value)
{
    for (auto &[k, v] : attributes) {
        if (k.compare(name, Qt::CaseInsensitive) == 0) {
            v = value;
            return;
        }
    }
    attributes.append({name, value});
}

QString ProvisioningList::relativePath()
{
    return QStringLiteral("ProgramData/Microsoft/Windows/AppxProvisioning.xml");
}

ProvisioningList::ProvisioningList() : m_root(std::make_unique<Node>())
{
    m_root->type = Node::Type::Document;
    Node root;
    root.qualifiedName = root.localName = QStringLiteral("AppxProvisionList");
    root.namespaceUri = QLatin1String(Namespace);
    root.attributes = {{QStringLiteral("xmlns"), QLatin1String(Namespace)}};
    Node provisioned;
    provisioned.qualifiedName = provisioned.localName = QStringLiteral("Provisioned");
    provisioned.namespaceUri = root.namespaceUri;
    root.children << provisioned;
    m_root->children << root;
}

ProvisioningList::ProvisioningList(const ProvisioningList &other) : m_root(std::make_unique<Node>(*other.m_root)) {}

ProvisioningList &ProvisioningList::operator=(const ProvisioningList &other)
{
    if (this != &other)
        m_root = std::make_unique<Node>(*other.m_root);
    return *this;
}

ProvisioningList::~ProvisioningList() = default;

Result<ProvisioningList> ProvisioningList::load(const QString &file)
{
    if (!QFileInfo::exists(file))
        return ProvisioningList();
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(QStringLiteral("provision.list-unreadable"),
                           Tr::tr("The provisioning list %1 cannot be read. Check its permissions.").arg(file), f.errorString());
    return parse(f.readAll(), file);
}

Result<ProvisioningList> ProvisioningList::parse(const QByteArray &xml, const QString &file)
{
    // The list comes from the image, which may be crafted: a tag with a million attributes would
    // keep QXmlStreamReader busy for hours (see ManifestXml::tooManyAttributes).
    if (const QString reason = ManifestXml::tooManyAttributes(xml); !reason.isEmpty())
        return Error::make(QStringLiteral("provision.list-invalid"),
                           Tr::tr("The provisioning list %1 is not valid: %2. Restore it from a backup of the image before provisioning apps.")
                               .arg(file, reason));
    ProvisioningList list;
    Node doc;
    doc.type = Node::Type::Document;
    QList<Node *> stack{&doc};
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        const auto token = r.readNext();
        Node *top = stack.last();
        switch (token) {
        case QXmlStreamReader::StartElement: {
            Node n;
            n.qualifiedName = r.qualifiedName().toString();
            n.localName = r.name().toString();
            n.namespaceUri = r.namespaceUri().toString();
            for (const auto &ns : r.namespaceDeclarations())
                n.attributes.append({ns.prefix().isEmpty() ? QStringLiteral("xmlns") : QStringLiteral("xmlns:") + ns.prefix().toString(),
                                     ns.namespaceUri().toString()});
            for (const auto &a : r.attributes())
                n.attributes.append({a.qualifiedName().toString(), a.value().toString()});
            top->children << n;
            stack << &top->children.last();
            break;
        }
        case QXmlStreamReader::EndElement:
            stack.removeLast();
            break;
        case QXmlStreamReader::Characters: {
            if (top == &doc)
                break; // whitespace outside the root element
            Node n;
            n.type = Node::Type::Text;
            n.text = r.text().toString();
            top->children << n;
            break;
        }
        case QXmlStreamReader::Comment: {
            Node n;
            n.type = Node::Type::Comment;
            n.text = r.text().toString();
            top->children << n;
            break;
        }
        case QXmlStreamReader::ProcessingInstruction: {
            Node n;
            n.type = Node::Type::ProcessingInstruction;
            n.target = r.processingInstructionTarget().toString();
            n.text = r.processingInstructionData().toString();
            top->children << n;
            break;
        }
        default:
            break;
        }
    }
    if (r.hasError())
        return Error::make(QStringLiteral("provision.list-invalid"),
                           Tr::tr("The provisioning list %1 is not valid XML (line %2). Restore it from a backup of the image before "
                                  "provisioning apps.")
                               .arg(file)
                               .arg(r.lineNumber()),
                           r.errorString());
    const Node *root = doc.child(QStringLiteral("AppxProvisionList"));
    if (!root || root->namespaceUri != QLatin1String(Namespace))
        return Error::make(QStringLiteral("provision.list-not-a-list"),
                           Tr::tr("%1 is not a Windows provisioning list: its root element is not AppxProvisionList in namespace %2.")
                               .arg(file, QLatin1String(Namespace)));
    *list.m_root = doc;
    return list;
}

QByteArray ProvisioningList::toXml() const
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument(QStringLiteral("1.0"));
    std::function<void(const Node &)> write = [&](const Node &n) {
        switch (n.type) {
        case Node::Type::Document:
            for (const Node &c : n.children)
                write(c);
            break;
        case Node::Type::Element:
            w.writeStartElement(n.qualifiedName);
            for (const auto &[k, v] : n.attributes)
                w.writeAttribute(k, v);
            for (const Node &c : n.children)
                write(c);
            w.writeEndElement();
            break;
        case Node::Type::Text: w.writeCharacters(n.text); break;
        case Node::Type::Comment: w.writeComment(n.text); break;
        case Node::Type::ProcessingInstruction: w.writeProcessingInstruction(n.target, n.text); break;
        }
    };
    write(*m_root);
    w.writeEndDocument();
    return out;
}

Status ProvisioningList::save(const QString &file) const
{
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return Error::make(QStringLiteral("provision.list-write"),
                           Tr::tr("The folder of the provisioning list %1 cannot be created. Check that the image is mounted read-write.").arg(file));
    if (const Status written = writeFileAtomically(file, toXml()); !written)
        return Error::make(QStringLiteral("provision.list-write"),
                           Tr::tr("The provisioning list %1 could not be saved; the previous list is unchanged. Check that the image is "
                                  "mounted read-write and has free space.")
                               .arg(file),
                           written.error().detail);
    return {};
}

const ProvisioningList::Node *ProvisioningList::provisionedElement() const
{
    const Node *root = m_root->child(QStringLiteral("AppxProvisionList"));
    return root ? root->child(QStringLiteral("Provisioned")) : nullptr;
}

ProvisioningList::Node *ProvisioningList::provisionedElement(bool create)
{
    Node *root = m_root->child(QStringLiteral("AppxProvisionList"));
    if (!root)
        return nullptr;
    Node *p = root->child(QStringLiteral("Provisioned"));
    if (!p && create) {
        Node n;
        const QString prefix = root->qualifiedName.contains(QLatin1Char(':')) ? root->qualifiedName.section(QLatin1Char(':'), 0, 0) + QLatin1Char(':')
                                                                              : QString();
        n.qualifiedName = prefix + QStringLiteral("Provisioned");
        n.localName = QStringLiteral("Provisioned");
        n.namespaceUri = root->namespaceUri;
        root->children << n;
        p = &root->children.last();
    }
    return p;
}

QList<ProvisionedPackage> ProvisioningList::packages() const
{
    QList<ProvisionedPackage> out;
    const Node *p = provisionedElement();
    if (!p)
        return out;
    for (const Node &c : p->children) {
        if (c.type != Node::Type::Element || c.localName != QLatin1String("Package"))
            continue;
        ProvisionedPackage pkg;
        for (const auto &[k, v] : c.attributes) {
            if (k == QLatin1String("FullName"))
                pkg.fullName = v;
            else
                pkg.attributes.append({k, v});
        }
        if (!pkg.fullName.isEmpty())
            out << pkg;
    }
    return out;
}

QStringList ProvisioningList::endOfLife() const
{
    QStringList out;
    const Node *root = m_root->child(QStringLiteral("AppxProvisionList"));
    const Node *eol = root ? root->child(QStringLiteral("EndOfLife")) : nullptr;
    if (!eol)
        return out;
    for (const Node &c : eol->children) {
        if (c.type == Node::Type::Element && c.localName == QLatin1String("Package"))
            out << c.attr(QStringLiteral("FamilyName"));
    }
    return out;
}

std::optional<ProvisionedPackage> ProvisioningList::find(const QString &fullName) const
{
    for (const ProvisionedPackage &p : packages()) {
        if (p.fullName.compare(fullName, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

bool ProvisioningList::contains(const QString &fullName) const
{
    return find(fullName).has_value();
}

void ProvisioningList::add(const ProvisionedPackage &package)
{
    Node *p = provisionedElement(true);
    if (!p)
        return;
    Node n;
    const QString prefix = p->qualifiedName.contains(QLatin1Char(':')) ? p->qualifiedName.section(QLatin1Char(':'), 0, 0) + QLatin1Char(':') : QString();
    n.qualifiedName = prefix + QStringLiteral("Package");
    n.localName = QStringLiteral("Package");
    n.namespaceUri = p->namespaceUri;
    n.attributes.append({QStringLiteral("FullName"), package.fullName});
    n.attributes << package.attributes;
    for (Node &c : p->children) {
        if (c.type == Node::Type::Element && c.localName == QLatin1String("Package")
            && c.attr(QStringLiteral("FullName")).compare(package.fullName, Qt::CaseInsensitive) == 0) {
            c = n;
            return;
        }
    }
    p->children << n;
}

bool ProvisioningList::remove(const QString &fullName)
{
    Node *p = provisionedElement(false);
    if (!p)
        return false;
    for (int i = 0; i < p->children.size(); ++i) {
        const Node &c = p->children[i];
        if (c.type == Node::Type::Element && c.localName == QLatin1String("Package")
            && c.attr(QStringLiteral("FullName")).compare(fullName, Qt::CaseInsensitive) == 0) {
            p->children.removeAt(i);
            return true;
        }
    }
    return false;
}

} // namespace wb
