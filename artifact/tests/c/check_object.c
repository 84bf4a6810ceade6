/*
 * check_object.c: checks the module embedded in a Veritor object against the
 * digest in the manifest embedded beside it.
 *
 * Link it with an object from veritor_artifact::write_object and BLAKE3's C
 * implementation (portable build):
 *
 *   cc -std=c11 -I<blake3>/c [-DVERITOR_PREFIX=name] check_object.c embed.o \
 *      <blake3>/c/blake3.c <blake3>/c/blake3_dispatch.c <blake3>/c/blake3_portable.c \
 *      -DBLAKE3_NO_SSE2 -DBLAKE3_NO_SSE41 -DBLAKE3_NO_AVX2 -DBLAKE3_NO_AVX512
 *
 * It prints "ok <hex digest>" and exits 0 when BLAKE3 of the embedded module
 * equals the manifest's digest (and the sizes agree), or prints why not to
 * stderr and exits 1.
 *
 * Reading the manifest: a small JSON scanner, not a JSON library. It finds the
 * top-level key "modules" (so a "modules" key elsewhere, e.g. a compile_flags
 * target of that name, is not mistaken for it), takes the FIRST entry of that
 * array as the module that is embedded, and reads that entry's "blake3" and
 * "size". Assumptions, all true of what Manifest::to_json writes: the JSON is
 * well formed; the embedded module is modules[0]; keys are written without
 * escape sequences; "blake3" is 64 hex digits and "size" a plain decimal.
 */

#include <ctype.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "blake3.h"

#ifndef VERITOR_PREFIX
#define VERITOR_PREFIX veritor
#endif
#define VERITOR_CAT2(a, b) a##b
#define VERITOR_CAT(a, b) VERITOR_CAT2(a, b)
#define VERITOR_SYMBOL(suffix) VERITOR_CAT(VERITOR_PREFIX, suffix)

extern const unsigned char VERITOR_SYMBOL(_vmfb)[];
extern const uint64_t VERITOR_SYMBOL(_vmfb_size);
extern const char VERITOR_SYMBOL(_manifest)[];
extern const uint64_t VERITOR_SYMBOL(_manifest_size);

#define VMFB VERITOR_SYMBOL(_vmfb)
#define VMFB_SIZE VERITOR_SYMBOL(_vmfb_size)
#define MANIFEST VERITOR_SYMBOL(_manifest)
#define MANIFEST_SIZE VERITOR_SYMBOL(_manifest_size)

static const char *skip_space(const char *p) {
  while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
    p++;
  }
  return p;
}

/* p is at a string's opening quote; returns the character after its closing quote. */
static const char *skip_string(const char *p) {
  for (p++; *p != '"'; p++) {
    if (*p == '\0') {
      return NULL;
    }
    if (*p == '\\' && *++p == '\0') {
      return NULL;
    }
  }
  return p + 1;
}

/* p is at a value; returns the character after it. */
static const char *skip_value(const char *p) {
  if (*p == '"') {
    return skip_string(p);
  }
  if (*p == '{' || *p == '[') {
    int depth = 0;
    while (*p != '\0') {
      if (*p == '"') {
        p = skip_string(p);
        if (p == NULL) {
          return NULL;
        }
        continue;
      }
      if (*p == '{' || *p == '[') {
        depth++;
      } else if (*p == '}' || *p == ']') {
        if (--depth == 0) {
          return p + 1;
        }
      }
      p++;
    }
    return NULL;
  }
  while (*p != '\0' && *p != ',' && *p != '}' && *p != ']' && !isspace((unsigned char)*p)) {
    p++;
  }
  return p;
}

/* p is at an object's '{'; returns the start of the value of its member `key`, or NULL. */
static const char *object_get(const char *p, const char *key) {
  if (p == NULL || *p != '{') {
    return NULL;
  }
  size_t key_len = strlen(key);
  p = skip_space(p + 1);
  while (*p == '"') {
    const char *name = p + 1;
    const char *end = skip_string(p);
    if (end == NULL) {
      return NULL;
    }
    size_t name_len = (size_t)(end - 1 - name);
    p = skip_space(end);
    if (*p != ':') {
      return NULL;
    }
    p = skip_space(p + 1);
    if (name_len == key_len && memcmp(name, key, key_len) == 0) {
      return p;
    }
    p = skip_value(p);
    if (p == NULL) {
      return NULL;
    }
    p = skip_space(p);
    if (*p != ',') {
      return NULL;
    }
    p = skip_space(p + 1);
  }
  return NULL;
}

static int fail(const char *message) {
  fprintf(stderr, "check_object: %s\n", message);
  return 1;
}

int main(void) {
  if (strlen(MANIFEST) != MANIFEST_SIZE) {
    return fail("the manifest's length differs from its recorded size");
  }
  if (((uintptr_t)VMFB) % 64 != 0) {
    return fail("the embedded module is not 64-byte aligned");
  }

  const char *modules = object_get(skip_space(MANIFEST), "modules");
  if (modules == NULL || *modules != '[') {
    return fail("the manifest has no \"modules\" array");
  }
  const char *first = skip_space(modules + 1);
  if (*first != '{') {
    return fail("the manifest's \"modules\" array is empty");
  }
  const char *digest = object_get(first, "blake3");
  if (digest == NULL || *digest != '"') {
    return fail("modules[0] has no \"blake3\" string");
  }
  digest++;
  for (int i = 0; i < 2 * BLAKE3_OUT_LEN; i++) {
    if (!isxdigit((unsigned char)digest[i])) {
      return fail("modules[0].blake3 is not 64 hex digits");
    }
  }
  if (digest[2 * BLAKE3_OUT_LEN] != '"') {
    return fail("modules[0].blake3 is not 64 hex digits");
  }
  const char *size_text = object_get(first, "size");
  if (size_text == NULL || !isdigit((unsigned char)*size_text)) {
    return fail("modules[0] has no numeric \"size\"");
  }
  uint64_t size = strtoull(size_text, NULL, 10);
  if (size != VMFB_SIZE) {
    fprintf(stderr,
            "check_object: size mismatch: the manifest says %" PRIu64
            " bytes, the embedded module has %" PRIu64 "\n",
            size, VMFB_SIZE);
    return 1;
  }

  uint8_t out[BLAKE3_OUT_LEN];
  blake3_hasher hasher;
  blake3_hasher_init(&hasher);
  blake3_hasher_update(&hasher, VMFB, (size_t)VMFB_SIZE);
  blake3_hasher_finalize(&hasher, out, BLAKE3_OUT_LEN);
  char hex[2 * BLAKE3_OUT_LEN + 1];
  for (int i = 0; i < BLAKE3_OUT_LEN; i++) {
    snprintf(hex + 2 * i, 3, "%02x", out[i]);
  }

  if (strncmp(hex, digest, 2 * BLAKE3_OUT_LEN) != 0) {
    fprintf(stderr,
            "check_object: digest mismatch: the manifest says %.64s, the embedded module "
            "hashes to %s\n",
            digest, hex);
    return 1;
  }
  printf("ok %s\n", hex);
  return 0;
}
