/* devset.h - reading ../shared/data/html-devset for the devset test and benchmark. */
#ifndef POLEX_TEST_DEVSET_H
#define POLEX_TEST_DEVSET_H

#include <jansson.h>
#include <stddef.h>

/* The devset folder (POLEX_SHARED_DIR/data/html-devset), or NULL when absent.
 * The returned string is static. */
const char *devset_dir(void);

/* Ground truth as a JSON object {id: {articleBody, url}}; NULL on error. */
json_t *devset_truth(const char *dir);

/* Reads html/<id>.html.gz whole; malloc'd, NULL on error. */
char *devset_page(const char *dir, const char *id, size_t *len);

#endif
