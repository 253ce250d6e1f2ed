/*
 * openssl-reader: for each file named on the command line, what
 * `openssl crl2pkcs7 -nocrl -certfile FILE` loads, in one process: the file
 * read with PEM_X509_INFO_read_bio (as apps/crl2pkcs7.c's add_certs_from_file
 * does, with no password to give), each certificate written back with
 * i2d_X509 and hashed. One line per file: its name, a tab, then "error" or the
 * SHA-256 of each certificate separated by spaces.
 *
 * For `npm run difftest:reader` on tens of thousands of files, where one
 * openssl process per file would take an hour; the tests in `npm test` run
 * the openssl binary itself. Build: cc -O2 main.c -lcrypto
 */
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <stdio.h>

/* No password: what crl2pkcs7 gets from a terminal it does not have. */
static int no_password(char *buf, int size, int rwflag, void *u) {
  (void)buf; (void)size; (void)rwflag; (void)u;
  return -1;
}

int main(int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    BIO *in = BIO_new_file(argv[i], "r");
    STACK_OF(X509_INFO) *infos = in ? PEM_X509_INFO_read_bio(in, NULL, no_password, NULL) : NULL;
    BIO_free(in);
    printf("%s\t", argv[i]);
    if (infos == NULL) {
      printf("error\n");
      ERR_clear_error();
      continue;
    }
    int first = 1;
    for (int j = 0; j < sk_X509_INFO_num(infos); j++) {
      X509_INFO *info = sk_X509_INFO_value(infos, j);
      if (info->x509 == NULL) continue;
      unsigned char *der = NULL;
      int length = i2d_X509(info->x509, &der);
      unsigned char digest[32];
      unsigned int size = 0;
      EVP_Digest(der, length, digest, &size, EVP_sha256(), NULL);
      OPENSSL_free(der);
      if (!first) printf(" ");
      first = 0;
      for (unsigned int k = 0; k < size; k++) printf("%02X", digest[k]);
    }
    printf("\n");
    sk_X509_INFO_pop_free(infos, X509_INFO_free);
  }
  return 0;
}
