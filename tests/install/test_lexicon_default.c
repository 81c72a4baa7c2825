/*
 * test_lexicon_default.c — lexicon_dir's default (issue 12): the installed
 * word lists when they exist, else the source tree's.  config.c is built
 * here with both paths pointing into a temporary directory, so the rule is
 * checked without installing anything: with the "installed" directory
 * absent the default is the "source" one; once it exists, it is the
 * installed one; and a configuration file still overrides both.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int failures;

static void check_dir(const char *what, const char *got, const char *want)
{
    if (strcmp(got, want) != 0) {
        fprintf(stderr, "FAIL: %s: lexicon_dir \"%s\", want \"%s\"\n", what, got, want);
        failures++;
    } else {
        printf("ok: %s: %s\n", what, got);
    }
}

int main(void)
{
    struct config c;
    char *cause = NULL;
    rmdir(TEST_INSTALLED); /* a previous run's */
    config_defaults(&c);
    check_dir("installed lexicon absent", c.lexicon_dir, TEST_SOURCE);
    config_free(&c);

    if (mkdir(TEST_INSTALLED, 0755) != 0) {
        perror("mkdir " TEST_INSTALLED);
        return 1;
    }
    config_defaults(&c);
    check_dir("installed lexicon present", c.lexicon_dir, TEST_INSTALLED);
    if (config_set(&c, "lexicon_dir", "/srv/lexicon", &cause) != 0) {
        fprintf(stderr, "FAIL: config_set: %s\n", cause ? cause : "?");
        failures++;
    } else {
        check_dir("the configuration overrides it", c.lexicon_dir, "/srv/lexicon");
    }
    free(cause);
    config_free(&c);
    rmdir(TEST_INSTALLED);
    return failures ? 1 : 0;
}
