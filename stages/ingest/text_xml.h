/* text_xml.h - XML documents to text and paragraphs (private to stages/ingest). */
#ifndef POLEX_INGEST_TEXT_XML_H
#define POLEX_INGEST_TEXT_XML_H

#include "polex_core.h"

/* UTF-8 XML (its own encoding declaration is ignored: the bytes are already
 * decoded) -> doc->text, paragraphs, title and published date when the
 * document has them. POLEX_ERR_INPUT when no element can be read. */
polex_status polex_xml_extract(const char *utf8, size_t len, polex_doc *doc, polex_error *err);

#endif
