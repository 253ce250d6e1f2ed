#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5149:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ buildChain),
/* harmony export */   y: () => (/* binding */ likelyIssuer)
/* harmony export */ });
/* harmony import */ var _x509_algorithms_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5952);
/* harmony import */ var _x509_certificate_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9893);
/* harmony import */ var _x509_validity_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6152);



/**
 * Could `issuer` have issued `subject`, as OpenSSL's check_issued decides
 * before any signature is checked: the names match, neither is marked
 * invalid, the key identifiers do not contradict, and the subject's signature
 * algorithm fits the issuer's key.
 */
function likelyIssuer(issuer, subject) {
    if (issuer.invalid !== undefined || subject.invalid !== undefined)
        return 'invalid';
    if (!(0,_x509_certificate_js__WEBPACK_IMPORTED_MODULE_1__/* .authorityKeyMatches */ .QS)(subject, issuer))
        return 'key-identifier';
    if (!(0,_x509_algorithms_js__WEBPACK_IMPORTED_MODULE_0__/* .signatureFitsKey */ .Ce)(subject.signatureAlgorithm, issuer.publicKey.type))
        return 'signature-algorithm';
    return undefined;
}
/** X509_self_signed(cert, 0): OpenSSL's self-signed, which an invalid certificate never is. */
function isSelfSigned(certificate) {
    return certificate.selfSigned && certificate.invalid === undefined;
}
/**
 * The first candidate OpenSSL would take (get0_best_issuer / find_issuer):
 * in the given order, the first likely issuer that is valid at `at`; when
 * none is, the likely issuer that expires last (the first of equals).
 */
function bestIssuer(subject, candidates, at, rejected) {
    let latest;
    for (const candidate of candidates) {
        if (candidate.subject.key !== subject.issuer.key)
            continue;
        const why = likelyIssuer(candidate, subject);
        if (why) {
            rejected.push({ certificate: candidate, why });
            continue;
        }
        if ((0,_x509_validity_js__WEBPACK_IMPORTED_MODULE_2__/* .validityAt */ .m)(candidate, at) === 'valid')
            return candidate;
        if (!latest || candidate.notAfter.getTime() > latest.notAfter.getTime())
            latest = candidate;
    }
    return latest;
}
/**
 * OpenSSL 3.0's build_chain with its default flags (trusted first, no
 * alternative chains): from the leaf, at each step the truststore is asked
 * for an issuer first and the client's certificates second; the first
 * suitable candidate is taken and never reconsidered. The result is the chain
 * OpenSSL (and a gateway built on it) would judge, not the best chain that
 * exists: when it fails, it fails where OpenSSL fails.
 */
function buildChain(request) {
    const { leaf, truststore, model, at } = request;
    const chain = [leaf];
    let untrustedCount = 1;
    // Build up to one longer than the limit (max_depth = depth + 1); a chain that would need more is too long.
    const maxLength = model.maxIntermediates + 1;
    const pool = model.issuers === 'truststore-and-client' ? [...request.sent] : [];
    let searchUntrusted = pool.length > 0;
    let trusted = false;
    let mimic;
    const rejected = [];
    const top = () => chain[chain.length - 1];
    /** check_trust from index `from` up: a self-signed certificate there is an anchor; with partial chains, any is. */
    const reachesAnchor = (from) => chain.slice(from).some(isSelfSigned) || (model.partialChain && from < chain.length);
    for (;;) {
        // The truststore first, at every step (X509_V_FLAG_TRUSTED_FIRST, OpenSSL's default).
        const current = top();
        const issuer = chain.length > maxLength
            ? undefined
            : bestIssuer(current, truststore.withSubject(current.issuer.key), at, rejected);
        if (issuer) {
            // Index of the certificate the truststore just supplied: the one check_trust starts from.
            let added;
            if (!isSelfSigned(current)) {
                chain.push(issuer);
                added = chain.length - 1;
            }
            else if (issuer.sha256 === current.sha256) {
                // A self-signed certificate that is itself in the truststore stands as the trusted copy.
                added = chain.length - 1;
                untrustedCount = added;
            }
            else {
                // Same name, key identifier and algorithm, other bytes: OpenSSL refuses to let it stand for the trusted one.
                mimic = issuer;
            }
            if (added !== undefined) {
                searchUntrusted = false;
                if (reachesAnchor(added)) {
                    trusted = true;
                    break;
                }
                if (!isSelfSigned(top()))
                    continue;
            }
        }
        if (!searchUntrusted)
            break;
        // Then what the client sent, each certificate used once and never one already on the chain.
        const subject = top();
        const candidates = pool.filter((candidate) => (subject.selfIssued && chain.length === 1) ||
            !chain.some((certificate) => certificate.sha256 === candidate.sha256));
        const next = isSelfSigned(subject) || chain.length > maxLength ? undefined : bestIssuer(subject, candidates, at, rejected);
        if (!next) {
            searchUntrusted = false;
            continue;
        }
        pool.splice(pool.indexOf(next), 1);
        chain.push(next);
        untrustedCount++;
    }
    // Last resort with partial chains: the leaf itself is in the truststore.
    if (!trusted && model.partialChain && chain.length <= maxLength && untrustedCount === chain.length) {
        trusted = truststore.contains(leaf);
    }
    if (trusted)
        return { chain, untrustedCount };
    const last = top();
    const failure = chain.length > maxLength
        ? { kind: 'chain-too-long', length: chain.length }
        : isSelfSigned(last)
            ? { kind: 'self-signed', certificate: last, atLeaf: chain.length === 1, ...(mimic ? { mimic } : {}) }
            : {
                kind: 'issuer-not-found',
                certificate: last,
                inTruststore: truststore.contains(last),
                rejected: rejected.filter((entry) => entry.certificate.subject.key === last.issuer.key),
            };
    return { chain, untrustedCount, failure };
}


/***/ }),

/***/ 9381:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q$: () => (/* binding */ CrlSet),
/* harmony export */   h_: () => (/* binding */ revocationDefects),
/* harmony export */   yH: () => (/* binding */ revocationErrors)
/* harmony export */ });
/* unused harmony export REVOCATION_DEFECTS */
/* harmony import */ var _inventory_inventory_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(556);
/* harmony import */ var _x509_certificate_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9893);
/* harmony import */ var _x509_crl_entries_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2214);
/* harmony import */ var _x509_distribution_points_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7014);
/* harmony import */ var _x509_general_names_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1693);





/**
 * The CRLs given to a gateway, looked up by issuer name in file order (the
 * order OpenSSL's store returns them in).
 */
class CrlSet {
    all = [];
    byIssuer = new Map();
    constructor(files) {
        for (const file of files) {
            for (const object of (0,_inventory_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .crlsOf */ .G0)(file)) {
                const given = { file, object, crl: object.crl };
                this.all.push(given);
                const named = this.byIssuer.get(object.crl.issuer.key);
                if (named)
                    named.push(given);
                else
                    this.byIssuer.set(object.crl.issuer.key, [given]);
            }
        }
    }
    /** CRLs whose issuer name is `nameKey`. */
    issuedBy(nameKey) {
        return this.byIssuer.get(nameKey) ?? [];
    }
}
const REVOCATION_DEFECTS = (/* unused pure expression or super */ null && ([
    'crl-missing',
    'crl-no-crl-sign',
    'crl-scope',
    'crl-not-yet-valid',
    'crl-expired',
    'crl-signature',
    'crl-critical-extension',
    'revoked',
]));
/** get_crl_score's bits. */
const SCORE = {
    noCritical: 0x100,
    scope: 0x080,
    time: 0x040,
    issuerName: 0x020,
    issuerCertificate: 0x018,
    samePath: 0x008,
    authorityKey: 0x004,
};
/** check_crl_time without notification: thisUpdate not after `at`, nextUpdate (if any) after it. */
function timeValid(crl, at) {
    return crl.thisUpdate.getTime() <= at.getTime() && (!crl.nextUpdate || crl.nextUpdate.getTime() > at.getTime());
}
/** crl_crldp_check: whether the CRL's scope covers the certificate, and the reasons it covers it for. */
function crlScope(certificate, crl) {
    const point = crl.issuingDistributionPoint;
    if (point?.onlyAttributeCertificates)
        return undefined;
    const isCa = certificate.basicConstraints?.ca === true;
    if (isCa ? point?.onlyUserCertificates : point?.onlyCaCertificates)
        return undefined;
    for (const distribution of certificate.crlDistributionPoints ?? []) {
        const issuerMatches = distribution.crlIssuers
            ? distribution.crlIssuers.includes((0,_x509_general_names_js__WEBPACK_IMPORTED_MODULE_4__/* .directoryNameKey */ .MG)(crl.issuer.key))
            : true; // the CRL's issuer name already equals the certificate's issuer
        if (issuerMatches && (!point || (0,_x509_distribution_points_js__WEBPACK_IMPORTED_MODULE_3__/* .distributionPointNamesMatch */ .Kp)(distribution.name, point.name))) {
            return _x509_distribution_points_js__WEBPACK_IMPORTED_MODULE_3__/* .ALL_REASONS */ .eN & distribution.reasons;
        }
    }
    return !point?.name ? _x509_distribution_points_js__WEBPACK_IMPORTED_MODULE_3__/* .ALL_REASONS */ .eN : undefined;
}
/**
 * get_crl_score for the certificate at `index` of `chain`: zero for a CRL
 * OpenSSL will not consider, otherwise how well it fits. Only CRLs with the
 * certificate's issuer name reach here (indirect CRLs need extended support,
 * which TLS servers do not enable).
 */
function scoreCrl(chain, index, given, reasonsSoFar, at) {
    const { crl } = given;
    const point = crl.issuingDistributionPoint;
    if (point?.invalid || point?.needsExtendedSupport || crl.isDelta)
        return undefined;
    const certificate = chain[index];
    let score = SCORE.issuerName;
    if (!crl.unhandledCriticalExtension)
        score |= SCORE.noCritical;
    if (timeValid(crl, at))
        score |= SCORE.time;
    // crl_akid_check: the certificate's issuer on the chain (a root is its own), else one further up.
    const issuerIndex = index === chain.length - 1 ? index : index + 1;
    let issuer;
    const akid = (candidate) => (0,_x509_certificate_js__WEBPACK_IMPORTED_MODULE_1__/* .authorityKeyMatches */ .QS)(crl, candidate);
    if (akid(chain[issuerIndex])) {
        issuer = chain[issuerIndex];
        score |= SCORE.authorityKey | SCORE.issuerCertificate;
    }
    else {
        for (let above = issuerIndex + 1; above < chain.length; above++) {
            const candidate = chain[above];
            if (candidate.subject.key === crl.issuer.key && akid(candidate)) {
                issuer = candidate;
                score |= SCORE.authorityKey | SCORE.samePath;
                break;
            }
        }
    }
    if (!issuer)
        return undefined;
    let reasons = reasonsSoFar;
    const covered = crlScope(certificate, crl);
    if (covered !== undefined) {
        if ((covered & ~reasonsSoFar) === 0)
            return undefined;
        reasons |= covered;
        score |= SCORE.scope;
    }
    return { given, score, issuer, reasons };
}
/** get_crl_sk: the best-scoring CRL, the newer of equals; undefined when none scores at all. */
function bestCrl(chain, index, crls, reasonsSoFar, at) {
    let best;
    for (const given of crls.issuedBy(chain[index].issuer.key)) {
        const candidate = scoreCrl(chain, index, given, reasonsSoFar, at);
        if (!candidate || (best && candidate.score < best.score))
            continue;
        if (best && candidate.score === best.score && given.crl.thisUpdate <= best.given.crl.thisUpdate)
            continue;
        best = candidate;
    }
    return best;
}
/**
 * check_cert: every reason revocation checking refuses the certificate at
 * `index`, in the order OpenSSL reports them when its verify callback lets it
 * go on after each (NGINX's does). With the default callback OpenSSL stops at
 * the first.
 */
function certificateRevocationErrors(chain, index, crls, at, verifier) {
    const certificate = chain[index];
    const issuer = index < chain.length - 1 ? chain[index + 1] : certificate.selfIssued ? certificate : undefined;
    const missing = (near) => ({
        kind: 'crl-missing',
        certificate,
        ...(issuer ? { issuer } : {}),
        ...(near ? { near } : {}),
    });
    const found = [];
    let reasons = 0;
    let near;
    // Each pass adds reasons (a distribution point may cover only some); at most one pass per reason bit.
    while (reasons !== _x509_distribution_points_js__WEBPACK_IMPORTED_MODULE_3__/* .ALL_REASONS */ .eN) {
        const best = bestCrl(chain, index, crls, reasons, at);
        if (!best)
            return [...found, missing(near)];
        const { given, issuer: signer, score } = best;
        const { crl } = given;
        near = given;
        // check_crl
        if (signer.keyUsage && !signer.keyUsage.includes('cRLSign'))
            found.push({ kind: 'crl-no-crl-sign', certificate, given, issuer: signer });
        if ((score & SCORE.scope) === 0)
            found.push({ kind: 'crl-scope', certificate, given });
        if ((score & SCORE.time) === 0) {
            const kind = crl.thisUpdate.getTime() > at.getTime() ? 'crl-not-yet-valid' : 'crl-expired';
            found.push({ kind, certificate, given });
        }
        if (!verifier.verifies(crl, signer))
            found.push({ kind: 'crl-signature', certificate, given, issuer: signer });
        // cert_crl
        if (crl.unhandledCriticalExtension)
            found.push({ kind: 'crl-critical-extension', certificate, given });
        const revocation = crl.revocation(certificate.serialNumber, certificate.issuer.key);
        if (revocation && revocation.reason !== _x509_crl_entries_js__WEBPACK_IMPORTED_MODULE_2__/* .REMOVE_FROM_CRL */ .QY)
            found.push({ kind: 'revoked', certificate, given, revocation });
        // A CRL that added no reasons leaves the certificate without one (UNABLE_TO_GET_CRL).
        if (best.reasons === reasons)
            return [...found, missing(given)];
        reasons = best.reasons;
    }
    return found;
}
/**
 * Every error check_revocation reports, in order, when the verify callback
 * lets verification go on after each: what a gateway that logs the last
 * error (NGINX) logs from. A missing CRL is no error under a gateway that
 * lets a certificate without one through.
 */
function revocationErrors(chain, crls, policy, at, verifier) {
    return checkedCertificates(chain, policy).flatMap((index) => certificateRevocationErrors(chain, index, crls, at, verifier).filter((defect) => !isAccepted(defect, policy)));
}
/**
 * check_revocation as OpenSSL runs it when a server is given CRLs: every
 * certificate of the chain (`every-ca`, the root included) or the client's
 * own (`leaf`), each against the best CRL from its issuer. OpenSSL stops at
 * the first refusal; this goes on to the next certificate so a report can
 * name every CRL problem at once. Under a gateway that lets a certificate
 * without a CRL through, a missing CRL is no defect.
 */
function revocationDefects(chain, crls, policy, at, verifier) {
    return checkedCertificates(chain, policy).flatMap((index) => {
        // OpenSSL stops at the first.
        const [defect] = certificateRevocationErrors(chain, index, crls, at, verifier);
        return defect && !isAccepted(defect, policy) ? [defect] : [];
    });
}
/** The indexes of the certificates check_revocation checks: every one of the chain (`every-ca`), or the client's. */
function checkedCertificates(chain, policy) {
    const last = policy.scope === 'every-ca' ? chain.length - 1 : 0;
    return Array.from({ length: last + 1 }, (_unused, index) => index);
}
/** A missing CRL, under a gateway that lets a certificate without one through. */
function isAccepted(defect, policy) {
    return defect.kind === 'crl-missing' && policy.missingCrl === 'accepted';
}


/***/ }),

/***/ 2866:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ MAX_SAME_NAME_CERTIFICATES),
/* harmony export */   I: () => (/* binding */ Truststore)
/* harmony export */ });
/* harmony import */ var _inventory_inventory_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(556);

/**
 * Certificates of one subject name that path building considers as issuers.
 * OpenSSL tries them all; each client's search scans them, so a bundle of
 * thousands of same-named certificates (no real PKI has more than a handful:
 * renewals, cross-signs) would make every client's check slow. Past the
 * bound the rest are set aside and reported.
 */
const MAX_SAME_NAME_CERTIFICATES = 100;
/**
 * One bundle as the gateway receives it: the certificates of one or more
 * files, in the order they are concatenated, each certificate once (OpenSSL's
 * store keeps the first of identical copies). Looked up by subject name in
 * that order, which is the order OpenSSL tries same-named issuers in.
 */
class Truststore {
    name;
    files;
    certificates = [];
    /** Every certificate block of the bundle, duplicates included, in file order. */
    objects = [];
    bySubject = new Map();
    byFingerprint = new Map();
    /** Names over MAX_SAME_NAME_CERTIFICATES, by subject key. */
    crowded = new Map();
    constructor(
    /** How the bundle is named in messages: its file, or its files joined. */
    name, files) {
        this.name = name;
        this.files = files;
        for (const file of files) {
            for (const object of (0,_inventory_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .certificatesOf */ .mm)(file)) {
                this.objects.push({ file, object });
                if (this.byFingerprint.has(object.certificate.sha256))
                    continue;
                this.add(object.certificate, { file, object });
            }
        }
    }
    add(certificate, where) {
        this.certificates.push(certificate);
        this.byFingerprint.set(certificate.sha256, certificate);
        const key = certificate.subject.key;
        const named = this.bySubject.get(key);
        if (!named)
            this.bySubject.set(key, [certificate]);
        else if (named.length < MAX_SAME_NAME_CERTIFICATES)
            named.push(certificate);
        else {
            const crowded = this.crowded.get(key);
            if (crowded)
                crowded.count++;
            else
                this.crowded.set(key, { count: named.length + 1, firstIgnored: where });
        }
    }
    contains(certificate) {
        return this.byFingerprint.has(certificate.sha256);
    }
    /** Certificates with this subject (a DistinguishedName key), in bundle order, at most MAX_SAME_NAME_CERTIFICATES. */
    withSubject(nameKey) {
        return this.bySubject.get(nameKey) ?? [];
    }
    /** Where a certificate of the bundle is written: its first block. */
    locate(certificate) {
        return this.objects.find((entry) => entry.object.certificate.sha256 === certificate.sha256);
    }
}


/***/ }),

/***/ 5222:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Ft: () => (/* binding */ caStatus),
  H5: () => (/* binding */ verifyChain),
  MO: () => (/* binding */ verifyChainStages)
});

// EXTERNAL MODULE: ./src/x509/der.ts
var der = __nccwpck_require__(6959);
// EXTERNAL MODULE: ./src/x509/general-names.ts
var general_names = __nccwpck_require__(1693);
// EXTERNAL MODULE: ./src/x509/names.ts
var names = __nccwpck_require__(504);
;// CONCATENATED MODULE: ./src/x509/name-constraints.ts



const OID_EMAIL_ADDRESS = '1.2.840.113549.1.9.1';
const OID_COMMON_NAME = '2.5.4.3';
/** NAME_CHECK_MAX: more names × constraints than this and OpenSSL gives up (a denial-of-service guard), failing the chain. */
const NAME_CHECK_MAX = 1 << 20;
const lower = (text) => text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
/** ia5ncasecmp: equal bytes, ASCII letters folded. */
const sameIgnoringCase = (a, b) => a.length === b.length && lower(a) === lower(b);
/** nc_dns: the DNS name equals the base or ends in it at a label boundary; an empty base matches everything. */
function matchDns(dns, base) {
    if (base.length === 0)
        return 'ok';
    if (dns.length < base.length)
        return 'mismatch';
    const tail = dns.slice(dns.length - base.length);
    if (dns.length > base.length && !base.startsWith('.') && dns[dns.length - base.length - 1] !== '.')
        return 'mismatch';
    return sameIgnoringCase(tail, base) ? 'ok' : 'mismatch';
}
/** nc_email: `.example.com` matches hosts below it; `user@host` the exact mailbox; `host` the exact host. */
function matchEmail(email, base) {
    const emailAt = email.lastIndexOf('@');
    if (emailAt === -1)
        return 'unsupported';
    const baseAt = base.lastIndexOf('@');
    if (baseAt === -1 && base.startsWith('.')) {
        return email.length > base.length && sameIgnoringCase(email.slice(email.length - base.length), base)
            ? 'ok'
            : 'mismatch';
    }
    let baseHost = base;
    if (baseAt !== -1) {
        if (baseAt > 0) {
            const baseLocal = base.slice(0, baseAt);
            const emailLocal = email.slice(0, emailAt);
            if (baseLocal.length !== emailLocal.length)
                return 'mismatch';
            if (baseLocal.includes('\0') || emailLocal.includes('\0'))
                return 'unsupported';
            // The local part is compared case-sensitively.
            if (baseLocal !== emailLocal)
                return 'mismatch';
        }
        baseHost = base.slice(baseAt + 1);
    }
    return sameIgnoringCase(baseHost, email.slice(emailAt + 1)) ? 'ok' : 'mismatch';
}
/**
 * nc_email_eai (RFC 8398): an SmtpUTF8Mailbox against an rfc822Name base.
 * The base's A-labels are not converted to U-labels here: an ASCII base is
 * compared as it is, which is what OpenSSL does for ASCII domains.
 */
function matchSmtpUtf8(mailbox, base) {
    if (base.includes('\0') || mailbox === undefined)
        return 'unsupported';
    const at = mailbox.lastIndexOf('@');
    if (at === -1)
        return 'unsupported';
    if (!/^[\x20-\x7e]*$/.test(base) || /(^|\.)xn--/i.test(base))
        return 'unsupported';
    if (base.startsWith('.')) {
        return mailbox.length > base.length && sameIgnoringCase(mailbox.slice(mailbox.length - base.length), base)
            ? 'ok'
            : 'mismatch';
    }
    return sameIgnoringCase(mailbox.slice(at + 1), base) ? 'ok' : 'mismatch';
}
/** nc_uri: the host part of scheme://host[:port][/...] against the base, `.`-prefixed bases matching hosts below. */
function matchUri(uri, base) {
    const colon = uri.indexOf(':');
    if (colon === -1 || uri.length - colon < 3 || uri[colon + 1] !== '/' || uri[colon + 2] !== '/')
        return 'unsupported';
    const rest = uri.slice(colon + 3);
    const end = rest.indexOf(':') !== -1 ? rest.indexOf(':') : rest.indexOf('/');
    const host = end === -1 ? rest : rest.slice(0, end);
    if (host.length === 0)
        return 'unsupported';
    if (base.startsWith('.')) {
        return host.length > base.length && sameIgnoringCase(host.slice(host.length - base.length), base)
            ? 'ok'
            : 'mismatch';
    }
    return sameIgnoringCase(host, base) ? 'ok' : 'mismatch';
}
/** nc_ip: address and mask (8 bytes for IPv4, 32 for IPv6); IPv4 never matches IPv6. */
function matchIp(address, base) {
    if (address.length !== 4 && address.length !== 16)
        return 'unsupported';
    if (base.length !== 8 && base.length !== 32)
        return 'unsupported';
    if (address.length * 2 !== base.length)
        return 'mismatch';
    for (let i = 0; i < address.length; i++) {
        const mask = base[address.length + i];
        if ((address[i] & mask) !== (base[i] & mask))
            return 'mismatch';
    }
    return 'ok';
}
/** The type a name is constrained as: an SmtpUTF8Mailbox otherName counts as an e-mail address (RFC 8398 §6). */
function effectiveType(name) {
    return name.type === 'otherName' && name.oid === general_names/* SMTP_UTF8_MAILBOX */.My ? 'email' : name.type;
}
function matchSingle(name, base) {
    if (name.type === 'otherName') {
        return effectiveType(name) === 'email' && base.type === 'email'
            ? matchSmtpUtf8(name.utf8, base.value)
            : 'unsupported';
    }
    if (name.type === 'directoryName' && base.type === 'directoryName') {
        return (0,names/* isWithinSubtree */.a)(name.name, base.name) ? 'ok' : 'mismatch';
    }
    if (name.type === 'dns' && base.type === 'dns')
        return matchDns(name.value, base.value);
    if (name.type === 'email' && base.type === 'email')
        return matchEmail(name.value, base.value);
    if (name.type === 'uri' && base.type === 'uri')
        return matchUri(name.value, base.value);
    if (name.type === 'ip' && base.type === 'ip')
        return matchIp(name.bytes, base.bytes);
    return 'unsupported';
}
function sameType(name, base) {
    const type = effectiveType(name);
    if (type !== base.type)
        return false;
    return type !== 'otherName' || (name.type === 'otherName' && base.type === 'otherName' && name.oid === base.oid);
}
/** nc_match: a name of a constrained type must match one permitted subtree of its type and no excluded one. */
function matchName(name, constraints) {
    let permittedOfType = false;
    let permitted = false;
    for (const subtree of constraints.permitted) {
        if (!sameType(name, subtree.base))
            continue;
        if (!subtree.minMaxValid)
            return 'unsupported';
        if (permitted)
            continue;
        permittedOfType = true;
        const result = matchSingle(name, subtree.base);
        if (result === 'ok')
            permitted = true;
        else if (result === 'unsupported')
            return 'unsupported';
    }
    if (permittedOfType && !permitted)
        return 'permitted';
    for (const subtree of constraints.excluded) {
        if (!sameType(name, subtree.base))
            continue;
        if (!subtree.minMaxValid)
            return 'unsupported';
        const result = matchSingle(name, subtree.base);
        if (result === 'ok')
            return 'excluded';
        if (result === 'unsupported')
            return 'unsupported';
    }
    return undefined;
}
/** cn2dnsid: a common name that looks like a host name of two or more labels, or undefined. */
function hostNameOf(commonName) {
    const trimmed = commonName.replace(/\0+$/, '');
    if (trimmed.includes('\0'))
        return undefined;
    let isHost = false;
    for (let i = 0; i < trimmed.length; i++) {
        const c = trimmed[i];
        if (/[A-Za-z0-9_]/.test(c))
            continue;
        if (i > 0 && i < trimmed.length - 1) {
            if (c === '-')
                continue;
            if (c === '.' && trimmed[i + 1] !== '.' && trimmed[i - 1] !== '-' && trimmed[i + 1] !== '-') {
                isHost = true;
                continue;
            }
        }
        return undefined;
    }
    return isHost ? trimmed : undefined;
}
/**
 * OpenSSL's NAME_CONSTRAINTS_check of one certificate against one CA's
 * constraints: the subject as a directory name, the subject's emailAddress
 * attributes, every subjectAltName, and (for the leaf, when it has no DNS
 * alternative name) common names that look like host names.
 */
function checkNameConstraints(subject, altNames, constraints, isLeaf) {
    const nameCount = subject.attributes.length + altNames.length;
    const constraintCount = constraints.permitted.length + constraints.excluded.length;
    if (nameCount > 0 && constraintCount > NAME_CHECK_MAX / nameCount) {
        return { violation: 'unsupported', name: `${nameCount} names against ${constraintCount} constraints` };
    }
    const check = (name, shown) => {
        const violation = matchName(name, constraints);
        return violation ? { violation, name: shown } : undefined;
    };
    if (!subject.isEmpty) {
        const found = check({ type: 'directoryName', name: subject }, subject.text);
        if (found)
            return found;
        for (const attribute of subject.attributes) {
            if (attribute.oid !== OID_EMAIL_ADDRESS)
                continue;
            const value = new TextDecoder('latin1').decode(attribute.bytes);
            if (attribute.tag !== der/* Tag */.vw.IA5_STRING)
                return { violation: 'unsupported', name: `emailAddress ${value}` };
            const violation = check({ type: 'email', value }, `emailAddress ${value}`);
            if (violation)
                return violation;
        }
    }
    for (const name of altNames) {
        const violation = check(name, (0,general_names/* describeGeneralName */.jG)(name));
        if (violation)
            return violation;
    }
    if (isLeaf && !altNames.some((name) => name.type === 'dns')) {
        for (const attribute of subject.attributes) {
            if (attribute.oid !== OID_COMMON_NAME)
                continue;
            if (attribute.utf8 === undefined)
                return { violation: 'unsupported', name: 'a common name that is not valid text' };
            const host = hostNameOf(attribute.utf8);
            if (host === undefined)
                continue;
            const violation = check({ type: 'dns', value: host }, `common name ${host}`);
            if (violation)
                return violation;
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/x509/validity.ts
var x509_validity = __nccwpck_require__(6152);
// EXTERNAL MODULE: ./src/chain/build-chain.ts
var build_chain = __nccwpck_require__(5149);
// EXTERNAL MODULE: ./src/chain/revocation.ts
var chain_revocation = __nccwpck_require__(9381);
// EXTERNAL MODULE: ./src/x509/key-limits.ts
var key_limits = __nccwpck_require__(6828);
;// CONCATENATED MODULE: ./src/chain/verify-chain.ts





/** Netscape certificate types that make a certificate a CA for OpenSSL (NS_SSL_CA | NS_SMIME_CA | NS_OBJSIGN_CA). */
const NETSCAPE_ANY_CA = 0x07;
/**
 * X509_check_ca: 0 when the certificate may not issue certificates, 1 when
 * basicConstraints says cA, and 3, 4 or 5 for the legacy ways of being a CA
 * (a v1 self-signed root, keyUsage keyCertSign alone, a Netscape CA type),
 * which OpenSSL accepts for the top of a chain only.
 */
function caStatus(certificate) {
    if (certificate.keyUsage && !certificate.keyUsage.includes('keyCertSign'))
        return 0;
    if (certificate.basicConstraints)
        return certificate.basicConstraints.ca ? 1 : 0;
    if (certificate.version === 1 && certificate.selfSigned)
        return 3;
    if (certificate.keyUsage)
        return 4;
    if (certificate.netscapeCertType !== undefined && (certificate.netscapeCertType & NETSCAPE_ANY_CA) !== 0)
        return 5;
    return 0;
}
/** Netscape certificate type bits OpenSSL reads for TLS clients (NS_SSL_CLIENT, NS_SSL_CA). */
const NETSCAPE_SSL_CLIENT = 0x80;
const NETSCAPE_SSL_CA = 0x04;
/**
 * check_purpose_ssl_client, as `-purpose sslclient` (and an OpenSSL server
 * verifying its clients) applies it: an extendedKeyUsage without clientAuth
 * refuses any certificate of the chain (anyExtendedKeyUsage does not stand in
 * for it); the leaf's keyUsage must allow digitalSignature or keyAgreement and
 * its Netscape type, if any, SSL client; a CA that is one only by its Netscape
 * type must be an SSL CA.
 */
function purposeDefect(certificate, isLeaf) {
    const refuse = (why) => ({
        kind: 'purpose',
        certificate,
        why,
    });
    if (certificate.extendedKeyUsage && !certificate.extendedKeyUsage.includes('clientAuth'))
        return refuse('extended-key-usage');
    const netscape = certificate.netscapeCertType;
    if (isLeaf) {
        const usage = certificate.keyUsage;
        if (usage && !usage.includes('digitalSignature') && !usage.includes('keyAgreement'))
            return refuse('key-usage');
        if (netscape !== undefined && (netscape & NETSCAPE_SSL_CLIENT) === 0)
            return refuse('netscape-type');
        return undefined;
    }
    if (caStatus(certificate) === 5 && ((netscape ?? 0) & NETSCAPE_SSL_CA) === 0)
        return refuse('netscape-type');
    return undefined;
}
/** check_extensions: critical extensions, CA status, explicit curves, purpose and path lengths, leaf first. */
function extensionDefects(chain, sslClient) {
    const defects = [];
    let intermediatesBelow = 0;
    chain.forEach((certificate, index) => {
        if (certificate.unknownCriticalExtensions.length > 0) {
            defects.push({ kind: 'unhandled-critical-extension', certificate, oids: certificate.unknownCriticalExtensions });
        }
        if (index > 0) {
            const status = caStatus(certificate);
            // basicConstraints cA is required of every CA but the topmost (X509_V_FLAG_X509_STRICT is implicit for intermediates).
            if (status === 0 || (index + 1 < chain.length && status !== 1)) {
                const why = status !== 0
                    ? 'without-basic-constraints'
                    : certificate.keyUsage && !certificate.keyUsage.includes('keyCertSign')
                        ? 'no-key-cert-sign'
                        : 'not-ca';
                defects.push({ kind: 'issuer-not-ca', issuer: certificate, why });
            }
        }
        if (chain.length > 1 && certificate.publicKey.explicitCurve)
            defects.push({ kind: 'explicit-ec-parameters', certificate });
        const purpose = sslClient ? purposeDefect(certificate, index === 0) : undefined;
        if (purpose)
            defects.push(purpose);
        const pathLen = certificate.basicConstraints?.pathLen;
        if (index > 1 && pathLen !== undefined && intermediatesBelow > pathLen) {
            defects.push({ kind: 'path-length-exceeded', issuer: certificate, pathLen, intermediatesBelow });
        }
        if (index > 0 && !certificate.selfIssued)
            intermediatesBelow++;
    });
    return defects;
}
/** internal_verify: from the anchor down, keyCertSign and the signature on each certificate, then its validity. */
function signatureAndTimeDefects(chain, at, verifier, partialChain) {
    const defects = [];
    let n = chain.length - 1;
    let issuer = chain[n];
    let subject = issuer;
    // The anchor's own signature is never checked; a top that is not self-issued (partial chains aside) is only an issuer.
    if ((0,build_chain/* likelyIssuer */.y)(issuer, issuer) !== undefined || !issuer.selfIssued) {
        if (!partialChain && n > 0)
            subject = chain[--n];
    }
    for (;;) {
        if (subject !== issuer) {
            if (issuer.keyUsage && !issuer.keyUsage.includes('keyCertSign')) {
                defects.push({ kind: 'issuer-not-ca', issuer, why: 'no-key-cert-sign' });
            }
            // An issuer key over the verify limits is reported by the key rules, not as a bad signature.
            if (!(0,key_limits/* overVerifyLimits */.Q0)(issuer.publicKey) && !verifier.verifies(subject, issuer))
                defects.push({ kind: 'signature-invalid', certificate: subject, issuer });
        }
        const validity = (0,x509_validity/* validityAt */.m)(subject, at);
        if (validity !== 'valid')
            defects.push({ kind: validity, certificate: subject });
        if (--n < 0)
            break;
        issuer = subject;
        subject = chain[n];
    }
    return defects;
}
/**
 * check_name_constraints: every certificate's names against the constraints
 * of every certificate above it, the anchor's included; self-issued
 * certificates other than the leaf are exempt (RFC 5280 §6.1.3). OpenSSL
 * stops at the first violation of each certificate.
 */
function nameConstraintDefects(chain) {
    const defects = [];
    for (let i = chain.length - 1; i >= 0; i--) {
        const certificate = chain[i];
        if (i !== 0 && certificate.selfIssued)
            continue;
        for (let j = chain.length - 1; j > i; j--) {
            const constrainedBy = chain[j];
            if (!constrainedBy.nameConstraints)
                continue;
            const found = checkNameConstraints(certificate.subject, certificate.subjectAltNames ?? [], constrainedBy.nameConstraints, i === 0);
            if (found)
                defects.push({ kind: 'name-constraints-violated', certificate, constrainedBy, ...found });
        }
    }
    return defects;
}
function verifyChainStages(chain, at, verifier, options) {
    const { revocation } = options;
    return {
        extensions: extensionDefects(chain, options.sslClient),
        revocation: revocation ? (0,chain_revocation/* revocationDefects */.h_)(chain, revocation.crls, revocation.policy, at, verifier) : [],
        signatures: signatureAndTimeDefects(chain, at, verifier, options.partialChain),
        names: nameConstraintDefects(chain),
    };
}
function verifyChain(chain, at, verifier, options) {
    const stages = verifyChainStages(chain, at, verifier, options);
    return [...stages.extensions, ...stages.revocation, ...stages.signatures, ...stages.names];
}


/***/ }),

/***/ 54:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Av: () => (/* binding */ loggedVerifyError),
/* harmony export */   Oh: () => (/* binding */ verifyErrorTrail)
/* harmony export */ });
/* unused harmony export VERIFY_ERROR_TEXT */
/* harmony import */ var _x509_security_bits_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5665);
/* harmony import */ var _build_chain_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5149);
/* harmony import */ var _revocation_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9381);
/* harmony import */ var _verify_chain_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5222);




/**
 * X509_verify_cert_error_string of OpenSSL 3.0 (crypto/x509/x509_txt.c) for
 * the errors verification of a client chain can report.
 */
const VERIFY_ERROR_TEXT = {
    2: 'unable to get issuer certificate',
    3: 'unable to get certificate CRL',
    7: 'certificate signature failure',
    8: 'CRL signature failure',
    9: 'certificate is not yet valid',
    10: 'certificate has expired',
    11: 'CRL is not yet valid',
    12: 'CRL has expired',
    18: 'self-signed certificate',
    19: 'self-signed certificate in certificate chain',
    20: 'unable to get local issuer certificate',
    21: 'unable to verify the first certificate',
    22: 'certificate chain too long',
    23: 'certificate revoked',
    25: 'path length constraint exceeded',
    26: 'unsuitable certificate purpose',
    32: 'key usage does not include certificate signing',
    34: 'unhandled critical extension',
    35: 'key usage does not include CRL signing',
    36: 'unhandled critical CRL extension',
    44: 'different CRL scope',
    47: 'permitted subtree violation',
    48: 'excluded subtree violation',
    51: 'unsupported name constraint type',
    66: 'EE certificate key too weak',
    67: 'CA certificate key too weak',
    68: 'CA signature digest algorithm too weak',
    79: 'invalid CA certificate',
    94: 'Certificate public key has explicit ECC parameters',
};
/** The error number of a defect found by one stage of verify_chain. */
function defectCode(defect, stage) {
    switch (defect.kind) {
        case 'unhandled-critical-extension':
            return 34;
        case 'issuer-not-ca':
            // check_extensions says INVALID_CA; internal_verify, checking the issuer's keyUsage, KEYUSAGE_NO_CERTSIGN.
            return stage === 'signatures' ? 32 : 79;
        case 'explicit-ec-parameters':
            return 94;
        case 'purpose':
            return 26;
        case 'path-length-exceeded':
            return 25;
        case 'signature-invalid':
            return 7;
        case 'expired':
            return 10;
        case 'not-yet-valid':
            return 9;
        case 'name-constraints-violated':
            return defect.violation === 'permitted' ? 47 : defect.violation === 'excluded' ? 48 : 51;
        case 'crl-missing':
            return 3;
        case 'crl-no-crl-sign':
            return 35;
        case 'crl-scope':
            return 44;
        case 'crl-not-yet-valid':
            return 11;
        case 'crl-expired':
            return 12;
        case 'crl-signature':
            return 8;
        case 'crl-critical-extension':
            return 36;
        case 'revoked':
            return 23;
    }
}
/** The certificate of the chain a defect is reported at (X509_STORE_CTX's error depth). */
function defectCertificate(defect) {
    return defect.kind === 'issuer-not-ca' || defect.kind === 'path-length-exceeded' ? defect.issuer : defect.certificate;
}
/**
 * Every error OpenSSL 3.0's X509_verify_cert reports, in order, when the
 * verify callback lets verification go on after each (NGINX's does: it
 * returns 1 and looks at the result afterwards, so what it logs is the last
 * error). A callback that stops at the first error (HAProxy's) sees only the
 * first. After a chain that could not be completed, OpenSSL goes on to check
 * the partial chain: its extensions, CRLs, signatures and dates, and name
 * constraints, any of which can report later errors.
 */
function verifyErrorTrail({ built, at, verifier, options, minSecurityBits }) {
    const { chain, failure, untrustedCount } = built;
    const errors = [];
    const report = (code, depth) => errors.push({ code, depth });
    const depthOf = (certificate) => Math.max(0, chain.indexOf(certificate));
    const below = (bits) => minSecurityBits !== undefined && bits < minSecurityBits;
    // X509_verify_cert: the peer's own key, before any chain is built.
    if (below((0,_x509_security_bits_js__WEBPACK_IMPORTED_MODULE_3__/* .keySecurityBits */ .mh)(chain[0].publicKey)))
        report(66, 0);
    if (failure) {
        // build_chain's verdict on an untrusted chain, reported at the top of what it built.
        const top = chain.length - 1;
        const preliminary = errors[errors.length - 1];
        if (preliminary) {
            // "A preliminary error has become final": the earlier error is reported again instead.
            report(preliminary.code, top);
        }
        else {
            if (failure.kind === 'chain-too-long')
                report(22, top);
            const last = chain[top];
            if (last.selfSigned && last.invalid === undefined)
                report(top === 0 ? 18 : 19, top);
            else
                report(untrustedCount < chain.length ? 2 : 20, top);
        }
    }
    const stages = (0,_verify_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyChainStages */ .MO)(chain, at, verifier, options);
    // check_extensions, certificate by certificate. A CA that is no CA at all also fails the TLS-client purpose
    // (check_ssl_ca), reported after its other extension errors and before its path length.
    let notCa;
    const flushPurpose = () => {
        if (notCa)
            report(26, depthOf(notCa));
        notCa = undefined;
    };
    for (const defect of stages.extensions) {
        const certificate = defectCertificate(defect);
        if (notCa && (certificate !== notCa || defect.kind === 'path-length-exceeded'))
            flushPurpose();
        if (notCa && defect.kind === 'purpose')
            notCa = undefined;
        report(defectCode(defect, 'extensions'), depthOf(certificate));
        if (options.sslClient && defect.kind === 'issuer-not-ca' && defect.why !== 'without-basic-constraints') {
            const purposeStated = stages.extensions.some((d) => d.kind === 'purpose' && d.certificate === certificate);
            if (!purposeStated)
                notCa = certificate;
        }
    }
    flushPurpose();
    // check_auth_level: issuers' keys, and the signatures of all but the top certificate.
    chain.forEach((certificate, index) => {
        if (index > 0 && below((0,_x509_security_bits_js__WEBPACK_IMPORTED_MODULE_3__/* .keySecurityBits */ .mh)(certificate.publicKey)))
            report(67, index);
        if (index < chain.length - 1 && below((0,_x509_security_bits_js__WEBPACK_IMPORTED_MODULE_3__/* .signatureSecurityBits */ .Nf)(certificate.signatureAlgorithm)))
            report(68, index);
    });
    const { revocation } = options;
    const revocationStage = revocation ? (0,_revocation_js__WEBPACK_IMPORTED_MODULE_1__/* .revocationErrors */ .yH)(chain, revocation.crls, revocation.policy, at, verifier) : [];
    for (const defect of revocationStage)
        report(defectCode(defect, 'extensions'), depthOf(defectCertificate(defect)));
    // internal_verify: a lone certificate that is not self-issued has nothing to verify its signature with.
    const top = chain[chain.length - 1];
    const topSelfIssued = (0,_build_chain_js__WEBPACK_IMPORTED_MODULE_0__/* .likelyIssuer */ .y)(top, top) === undefined && top.selfIssued;
    if (chain.length === 1 && !topSelfIssued && !options.partialChain)
        report(21, 0);
    for (const defect of stages.signatures)
        report(defectCode(defect, 'signatures'), depthOf(defectCertificate(defect)));
    for (const defect of stages.names)
        report(defectCode(defect, 'extensions'), depthOf(defectCertificate(defect)));
    return errors;
}
/** The line the gateway logs for a refused client, from the errors OpenSSL reported; undefined when there were none. */
function loggedVerifyError(log, errors) {
    const error = log.which === 'first' ? errors[0] : errors[errors.length - 1];
    if (!error)
        return undefined;
    const template = error.depth > 0 && log.atCa !== undefined ? log.atCa : log.atLeaf;
    return template
        .replace('{code}', String(error.code))
        .replace('{text}', VERIFY_ERROR_TEXT[error.code] ?? 'certificate verification error');
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7787);

// A reader that stops early (`| head`) closes the pipe: end quietly, with the status a Unix tool killed by
// SIGPIPE has (128 + 13), so a pipeline under `set -o pipefail` still sees that the output was cut.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
        if (error.code !== 'EPIPE')
            throw error;
        process.exit(141);
    });
}
process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7787:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: EXIT_FINDINGS, EXIT_OK, EXIT_USAGE

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/inventory/containment.ts + 1 modules
var containment = __nccwpck_require__(9722);
// EXTERNAL MODULE: ./src/profiles/registry.ts + 12 modules
var registry = __nccwpck_require__(9908);
// EXTERNAL MODULE: ./src/inventory/limits.ts
var limits = __nccwpck_require__(5158);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __nccwpck_require__(8850);
// EXTERNAL MODULE: ./src/config/parse.ts
var parse = __nccwpck_require__(8353);
;// CONCATENATED MODULE: ./src/config/stricter.ts
/**
 * How a pull request's own configuration may change a setting at once: only
 * toward the stricter of its value and the base's (see base-policy.ts). Each
 * merge takes the base's value and the head's and returns what applies.
 */
const SEVERITY_RANK = { off: 0, notice: 1, warning: 2, error: 3 };
const FAIL_ON_RANK = { never: 0, error: 1, warning: 2 };
/** A severity raised applies; one lowered (or a rule turned off) waits for the merge. */
function stricterSeverities(base, head) {
    const result = { ...base };
    for (const [id, severity] of Object.entries(head)) {
        const current = base[id];
        // Without a base entry the profile's default decides, which only `error` is sure to be at least as strict as.
        if (current === undefined ? severity === 'error' : SEVERITY_RANK[severity] > SEVERITY_RANK[current])
            result[id] = severity;
    }
    return result;
}
/** The base's suppressions that the head keeps as they are: removing one is stricter, adding or widening one is not. */
function keptSuppressions(base, head) {
    const kept = new Set(head.map((suppression) => JSON.stringify(suppression)));
    return base.filter((suppression) => kept.has(JSON.stringify(suppression)));
}
function lowerLimits(base, head) {
    const result = { ...base };
    for (const key of Object.keys(base))
        result[key] = Math.min(base[key], head[key]);
    return result;
}
function stricterFailOn(base, head) {
    return FAIL_ON_RANK[head] > FAIL_ON_RANK[base] ? head : base;
}

;// CONCATENATED MODULE: ./src/config/settings.ts
function profileOf(targets) {
    return (name) => (targets.find((target) => target.name === (name ?? '')) ?? targets[0]).profile;
}
const DEFAULT_EXPIRY_WARNING_DAYS = 30;
const DEFAULT_CONFIG_FILE = '.truststore-check.yml';

;// CONCATENATED MODULE: ./src/config/schema.ts






/** An entry, typed by its value. */
const setting = (entry) => entry;
const profileIds = registry/* BUILTIN_PROFILES */.PE.map((profile) => profile.id);
const SETTINGS = {
    truststore: setting({
        name: 'truststore',
        scope: 'check',
        summary: 'truststore file(s), each its own truststore',
        file: 'target',
        flag: { value: 'GLOB', repeatable: true },
        input: {
            kind: 'lines',
            description: `Truststore bundle glob(s), one per line, relative to working-directory. Empty means the truststore key of ${DEFAULT_CONFIG_FILE}; with none anywhere, the truststores the infrastructure code uploads (docs/infrastructure.md).`,
        },
    }),
    bundle: setting({
        name: 'bundle',
        scope: 'check',
        summary: 'the truststore files are one bundle, concatenated in the order of the globs',
        flag: {},
        input: {
            kind: 'boolean',
            default: '',
            description: 'The truststore files are one bundle, concatenated in the order of the globs (as the deploy step does). Otherwise each file is a truststore of its own.',
        },
    }),
    clients: setting({
        name: 'clients',
        scope: 'check',
        summary: 'client certificate files',
        file: 'target',
        flag: { value: 'GLOB', repeatable: true },
        input: {
            name: 'client-certificates',
            kind: 'lines',
            description: `Client certificate glob(s), one per line. The first certificate of a file is the client's, further ones are intermediates it sends. Empty means the clients key of ${DEFAULT_CONFIG_FILE}.`,
        },
    }),
    crls: setting({
        name: 'crls',
        scope: 'check',
        summary: 'certificate revocation lists the gateway is given',
        file: 'target',
        flag: { value: 'GLOB', repeatable: true },
        input: {
            kind: 'lines',
            description: `Certificate revocation list glob(s) the gateway is given (PEM X509 CRL or DER), one per line, for profiles whose gateway takes CRLs (aws-alb, nginx, envoy, openssl). Empty means the crls key of ${DEFAULT_CONFIG_FILE}.`,
        },
    }),
    profile: setting({
        name: 'profile',
        scope: 'check',
        summary: 'gateway profile (see --list-profiles)',
        file: 'target',
        flag: { value: 'ID' },
        default: registry/* DEFAULT_PROFILE */.KG.id,
        input: {
            kind: 'text',
            description: `Gateway profile: ${profileIds.slice(0, -1).join(', ')} or ${profileIds.at(-1)} (see docs/profiles.md). Empty means the configuration file's value, or ${registry/* DEFAULT_PROFILE */.KG.id}. Not with targets: in the configuration.`,
        },
    }),
    profileOptions: setting({
        name: 'profile-options',
        scope: 'check',
        summary: "settings of your own gateway that the profile models (NGINX's ssl_verify_depth)",
        file: 'target',
    }),
    profiles: setting({
        name: 'profiles',
        scope: 'check',
        summary: 'profiles of your own, each extends a built-in one with some facts changed',
        file: 'top',
    }),
    targets: setting({
        name: 'targets',
        scope: 'check',
        summary: 'several gateways, each with its name, profile, truststore, clients and CRLs',
        file: 'top',
    }),
    failOn: setting({
        name: 'fail-on',
        scope: 'check',
        field: 'failOn',
        summary: `fail on findings of this severity or worse: ${report_report/* FAIL_ON_VALUES */.Qm.join(', ')}`,
        file: 'top',
        flag: { value: 'LEVEL' },
        input: { kind: 'text' },
        default: 'error',
        fallback: 'error',
        parse: parse/* parseFailOn */.XV,
        tighten: { how: 'a stricter level', merge: stricterFailOn },
    }),
    expiryWarningDays: setting({
        name: 'expiry-warning-days',
        scope: 'check',
        field: 'expiryWarningDays',
        summary: 'warn this many days before a certificate or CRL expires',
        file: 'top',
        flag: { value: 'N' },
        input: { kind: 'text' },
        default: String(DEFAULT_EXPIRY_WARNING_DAYS),
        fallback: DEFAULT_EXPIRY_WARNING_DAYS,
        parse: parse/* parseDays */.bs,
        tighten: { how: 'a longer warning', merge: Math.max },
    }),
    at: setting({
        name: 'at',
        scope: 'check',
        field: 'at',
        summary: 'judge validity at this moment (2027-01-31 or 2027-01-31T12:00:00Z)',
        flag: { value: 'ISO-TIME' },
        default: 'now',
        parse: parse/* parseTime */.pe,
    }),
    rules: setting({
        name: 'rules',
        scope: 'check',
        field: 'severities',
        summary: 'severity per rule id: error, warning, notice or off',
        file: 'top',
        fallback: {},
        parse: parse/* parseSeverities */.fE,
        tighten: { how: 'a severity raised', merge: stricterSeverities },
    }),
    suppressions: setting({
        name: 'suppressions',
        scope: 'check',
        field: 'suppressions',
        summary: 'findings set aside by rule id and path glob or certificate SHA-256, each with a reason',
        file: 'top',
        fallback: [],
        parse: parse/* parseSuppressions */.Q9,
        tighten: { how: 'a suppression removed', merge: keptSuppressions },
    }),
    limits: setting({
        name: 'limits',
        scope: 'check',
        field: 'limits',
        summary: 'bounds on what one run reads (see Limits in the README)',
        file: 'top',
        fallback: limits/* DEFAULT_LIMITS */.d,
        parse: parse/* parseLimits */.kd,
        tighten: { how: 'a limit lowered', merge: lowerLimits },
    }),
    config: setting({
        name: 'config',
        scope: 'check',
        summary: 'configuration file',
        flag: { value: 'FILE' },
        default: `<root>/${DEFAULT_CONFIG_FILE}`,
        input: {
            kind: 'text',
            description: `Path of the configuration file, relative to the workspace; no symbolic link on its path. On a pull request it is read at the base commit. Empty means working-directory/${DEFAULT_CONFIG_FILE} when it exists.`,
        },
    }),
};
const EVERY_OVERRIDE_IS_A_SETTING = true;
/**
 * The one rule of precedence: a flag or an input, else the configuration
 * file (`file`, read from `where(name)`), else the default.
 */
function choose(entry, override, file, where) {
    const read = (value, source) => (entry.parse ? entry.parse(value, source) : value);
    if (override !== undefined)
        return read(override, entry.name);
    if (entry.file && file[entry.name] !== undefined)
        return read(file[entry.name], where(entry.name));
    // A copy: a default object is never shared between two runs' settings.
    return structuredClone(entry.fallback);
}
/** The overrides a caller gives, read setting by setting (a flag's value, an input's). */
function overridesFrom(read) {
    const overrides = {};
    for (const [key, entry] of Object.entries(SETTINGS)) {
        const value = read(entry, key);
        if (value !== undefined)
            overrides[key] = value;
    }
    return overrides;
}

;// CONCATENATED MODULE: ./src/config/base-policy.ts

/**
 * A pull request may edit `.truststore-check.yml`, so on a pull request the
 * base commit's configuration and the workflow's inputs decide the check:
 * every setting of the check (schema.ts). With no configuration file at the
 * base, the inputs and the defaults are that policy. From the pull request's
 * own version only what a setting's `tighten` allows applies at once (a
 * severity raised, a limit lowered, a suppression removed, a stricter
 * fail-on, a longer expiry warning); everything else takes effect after
 * merge, and the report says what it would change.
 */
/** Whether any target names files to check. */
function selectsFiles(settings) {
    return settings.targets.some((target) => target.truststore.length > 0 || target.clients.length > 0);
}
/**
 * The settings a pull request is checked with: `settingsOf(baseFile)` (the
 * base's configuration file, or none: the inputs and defaults alone),
 * tightened by whatever the head's file makes stricter.
 */
function withBasePolicy(head, headFile, baseFile, settingsOf, configPath) {
    const governing = baseFile ?? {};
    const base = settingsOf(governing);
    const effective = { ...base };
    // Nothing selected at the base: the base's infrastructure code may still say what to check (discovery runs
    // later); if it does not, the check stops with this rather than take the pull request's own choice of files.
    if (!baseFile && !selectsFiles(base))
        effective.emptyPolicy = `the base commit has no configuration file and no truststore or client-certificates input was given, so its policy checks nothing${Object.keys(headFile).length > 0 ? `; the ${configPath} this pull request adds applies once it is merged` : ''}. Give the truststore and client-certificates inputs in the workflow, or merge the configuration first`;
    // What the schema lets the head tighten, it tightens; everything else is the base's.
    for (const entry of Object.values(SETTINGS)) {
        if (!entry.field || !entry.tighten)
            continue;
        const field = entry.field;
        effective[field] = entry.tighten.merge(base[field], head[field]);
    }
    const changes = [];
    for (const key of new Set([...Object.keys(governing), ...Object.keys(headFile)])) {
        if (JSON.stringify(governing[key]) === JSON.stringify(headFile[key]))
            continue;
        const what = headFile[key] === undefined ? 'removed' : governing[key] === undefined ? 'added' : 'changed';
        changes.push(`\`${key}\` ${what}`);
    }
    if (changes.length === 0)
        return effective;
    return { ...effective, deferredPolicy: { file: configPath, changes } };
}

;// CONCATENATED MODULE: ./src/config/load.ts









const ENTRIES = Object.entries(SETTINGS);
const FILE_KEYS = ENTRIES.filter(([, entry]) => entry.file).map(([, entry]) => entry.name);
/** What a target says; at the top level of a configuration without `targets:`, the same keys make its one target. */
const TARGET_FILE_KEYS = ENTRIES.filter(([, entry]) => entry.file === 'target').map(([, entry]) => entry.name);
const TARGET_KEYS = ['name', ...TARGET_FILE_KEYS];
/** The settings a flag or input may give that choose files or a profile, which `targets:` decides instead. */
const TARGET_OVERRIDES = ENTRIES.filter(([, entry]) => entry.file === 'target' || entry.name === 'bundle').filter(([, entry]) => entry.flag || entry.input);
/**
 * A target from its keys (a `targets:` entry, or the top level), under the
 * overrides a caller gives for the only target. The `bundle` switch goes
 * with the truststore given beside it.
 */
function parseTarget(value, name, where, defined, overrides = {}) {
    const truststore = overrides.truststore !== undefined
        ? { globs: overrides.truststore, bundle: overrides.bundle ?? false }
        : value.truststore !== undefined
            ? (0,parse/* parseTruststore */.Rx)(value.truststore, where('truststore'))
            : { globs: [], bundle: false };
    const profileId = choose(SETTINGS.profile, overrides.profile, value, where);
    let profile = profileId !== undefined
        ? (0,parse/* parseProfile */.jZ)(profileId, overrides.profile !== undefined ? 'profile' : where('profile'), defined)
        : registry/* DEFAULT_PROFILE */.KG;
    if (value['profile-options'] !== undefined)
        profile = (0,parse/* applyProfileOptions */.yP)(profile, value['profile-options'], where('profile-options'));
    const globs = (entry, override) => choose({ ...entry, parse: parse/* globList */.Xq }, override, value, where) ?? [];
    return {
        name,
        profile,
        truststore: truststore.globs,
        truststoreIsBundle: truststore.bundle,
        clients: globs(SETTINGS.clients, overrides.clients),
        crls: globs(SETTINGS.crls, overrides.crls),
    };
}
/** `targets:`: a list of named targets, each with its own profile, truststore, clients and CRLs. */
function parseTargets(value, where, defined) {
    if (!Array.isArray(value) || value.length === 0)
        throw new errors/* UsageError */.e(`${where}: expected a list of targets`);
    const names = new Set();
    return value.map((entry, index) => {
        const here = `${where}[${index}]`;
        if (!(0,parse/* isRecord */.u4)(entry))
            throw new errors/* UsageError */.e(`${here}: expected a map with name, profile, truststore, clients, crls`);
        (0,parse/* checkKeys */.L)(entry, TARGET_KEYS, here);
        const name = (0,parse/* parseTargetName */.gY)(entry.name, `${here}.name`);
        if (names.has(name))
            throw new errors/* UsageError */.e(`${here}.name: "${name}" names another target too`);
        names.add(name);
        return parseTarget(entry, name, (key) => `${here}.${key}`, defined);
    });
}
async function exists(file) {
    try {
        return (await (0,promises_namespaceObject.stat)(file)).isFile();
    }
    catch {
        return false;
    }
}
async function readConfigFile(file) {
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new errors/* UsageError */.e(`cannot read configuration ${file}: ${(0,errors/* describeError */.U)(error)}`);
    }
    return parseConfigText(text, file);
}
async function parseConfigText(text, file) {
    let value;
    try {
        // Loaded only when there is a file to read: the YAML parser is a fifth of the action's start-up.
        const { parse: parseYaml } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
        value = parseYaml(text);
    }
    catch (error) {
        throw new errors/* UsageError */.e(`${file}: not valid YAML: ${(0,errors/* describeError */.U)(error)}`);
    }
    if (value === null || value === undefined)
        return {};
    if (!(0,parse/* isRecord */.u4)(value))
        throw new errors/* UsageError */.e(`${file}: expected a map at the top level`);
    (0,parse/* checkKeys */.L)(value, FILE_KEYS, file);
    return value;
}
/**
 * Merges caller overrides over the configuration file over the defaults,
 * validating everything: a bad value is a UsageError naming where it came from.
 */
async function resolveSettings(rootArgument, overrides, now = new Date()) {
    const root = external_node_path_default().resolve(rootArgument);
    try {
        if (!(await (0,promises_namespaceObject.stat)(root)).isDirectory())
            throw new errors/* UsageError */.e(`${rootArgument} is not a directory`);
    }
    catch (error) {
        if (error instanceof errors/* UsageError */.e)
            throw error;
        throw new errors/* UsageError */.e(`cannot read the folder ${rootArgument}: ${(0,errors/* describeError */.U)(error)}`);
    }
    let file = {};
    let fileName = '';
    if (overrides.config !== undefined) {
        fileName = external_node_path_default().resolve(overrides.config);
        file = await readConfigFile(fileName);
    }
    else if (await exists(external_node_path_default().join(root, DEFAULT_CONFIG_FILE))) {
        fileName = external_node_path_default().join(root, DEFAULT_CONFIG_FILE);
        // A committed link could point at any file on the machine, whose text a YAML error would then quote.
        if (!(0,containment/* realPathInside */.oG)(root, fileName))
            throw new errors/* UsageError */.e(`${fileName} is a symbolic link to outside the folder checked; it is not read`);
        file = await readConfigFile(fileName);
    }
    const settings = settingsFrom(root, file, fileName, overrides, now);
    if (!overrides.policy)
        return settings;
    // A pull request's own configuration does not govern its check: the base's does, with only stricter changes taken.
    const base = overrides.policy.text === undefined
        ? undefined
        : await parseConfigText(overrides.policy.text, overrides.policy.source);
    return withBasePolicy(settings, file, base, (baseFile) => settingsFrom(root, baseFile, overrides.policy.source, overrides, now), external_node_path_default().relative(root, fileName || external_node_path_default().join(root, DEFAULT_CONFIG_FILE)));
}
function settingsFrom(root, file, fileName, overrides, now) {
    const inFile = (key) => `${fileName}: ${key}`;
    const defined = file.profiles !== undefined ? (0,parse/* parseProfileDefinitions */.D3)(file.profiles, inFile('profiles')) : new Map();
    let targets;
    if (file.targets !== undefined) {
        const flags = TARGET_OVERRIDES.filter(([key]) => overrides[key] !== undefined);
        if (flags.length > 0)
            throw new errors/* UsageError */.e(`${flags.map(([, entry]) => entry.name).join(', ')} cannot be given with targets: in ${fileName}; the targets say what to check`);
        const stray = TARGET_FILE_KEYS.filter((key) => file[key] !== undefined);
        if (stray.length > 0)
            throw new errors/* UsageError */.e(`${fileName}: ${stray.join(', ')} belong inside each target when targets: is given`);
        targets = parseTargets(file.targets, inFile('targets'), defined);
    }
    else {
        targets = [parseTarget(file, '', inFile, defined, overrides)];
    }
    const settings = { root, targets };
    for (const [key, entry] of ENTRIES) {
        if (entry.field)
            settings[entry.field] = choose(entry, overrides[key], file, inFile);
    }
    settings.at ??= now;
    return settings;
}

// EXTERNAL MODULE: ./src/text/shell-quote.ts
var shell_quote = __nccwpck_require__(8244);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/inventory/file-tree.ts
var file_tree = __nccwpck_require__(8993);
;// CONCATENATED MODULE: ./src/inventory/listed-tree.ts



/** The id git gives a file's content: the hash of `blob <size>\0<content>` (SHA-1, or SHA-256 in such repositories). */
function gitBlobId(content, hexLength = 40) {
    return createHash(hexLength === 64 ? 'sha256' : 'sha1')
        .update(`blob ${content.length}\0`)
        .update(content)
        .digest('hex');
}
/**
 * A commit's files known from a listing (git's or GitHub's), their contents
 * fetched by object id and kept: the base of a change, never checked out.
 * Symbolic links are reported and not followed (as on disk, one could lead
 * anywhere); submodules are not entered.
 */
class ListedTree {
    commit;
    fetchBlob;
    files = new Map();
    links = new Set();
    blobs = new Map();
    folders;
    constructor(
    /** The commit, for messages. */
    commit, 
    /** Reads one blob; a tree whose blobs are all given up front has none. */
    fetchBlob) {
        this.commit = commit;
        this.fetchBlob = fetchBlob;
    }
    /** Adds an entry of the listing, by its path relative to the checked root and its git mode. */
    add(relative, mode, id, size) {
        if (pruned(relative))
            return;
        this.folders = undefined;
        if (mode === '120000')
            this.links.add(relative);
        else if (mode === '100644' || mode === '100755')
            this.files.set(relative, { id, size });
    }
    /** Gives a blob's content, fetched elsewhere. */
    provide(id, content) {
        this.blobs.set(id, content);
    }
    entriesBelow(base) {
        const within = (name) => base === '' || name === base || name.startsWith(`${base}/`);
        const entries = [];
        for (const name of this.files.keys())
            if (within(name))
                entries.push({ path: name });
        for (const name of this.links) {
            if (!within(name))
                continue;
            entries.push({
                path: name,
                skipped: { severity: 'error', reason: 'it is a symbolic link in the base commit, which is not followed' },
            });
        }
        return entries;
    }
    filesIn(folder) {
        if (!this.folders) {
            // Indexed once: keys are looked for beside each of thousands of certificate files.
            this.folders = new Map();
            for (const name of this.files.keys()) {
                const slash = name.lastIndexOf('/');
                const parent = slash < 0 ? '' : name.slice(0, slash);
                let names = this.folders.get(parent);
                if (!names)
                    this.folders.set(parent, (names = new Set()));
                names.add(name.slice(slash + 1));
            }
        }
        return this.folders.get(folder === '.' ? '' : folder) ?? new Set();
    }
    size(relative) {
        return this.files.get(relative)?.size ?? this.missing();
    }
    read(relative) {
        const file = this.files.get(relative);
        if (!file)
            return this.missing();
        const known = this.blobs.get(file.id);
        if (known)
            return known;
        if (!this.fetchBlob)
            return { error: `its content was not fetched from commit ${this.commit.slice(0, 12)}` };
        try {
            const content = this.fetchBlob(file.id);
            this.blobs.set(file.id, content);
            return content;
        }
        catch (error) {
            return { error: (0,errors/* describeError */.U)(error) };
        }
    }
    missing() {
        return { error: `no such file in commit ${this.commit.slice(0, 12)}` };
    }
}
/** Never walked, as on disk. */
function pruned(name) {
    return name.split('/').some((part) => file_tree/* PRUNED_FOLDERS */.h.has(part));
}

;// CONCATENATED MODULE: ./src/inventory/git-tree.ts





/** git's object ids: SHA-1 (40 hex digits) or SHA-256 (64). */
const OBJECT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** A listing or a batch of blobs larger than this is refused rather than buffered. */
const MAX_GIT_OUTPUT = 1024 * 1024 * 1024;
function git(cwd, args, input) {
    return (0,external_node_child_process_namespaceObject.execFileSync)('git', args, {
        cwd,
        maxBuffer: MAX_GIT_OUTPUT,
        stdio: ['pipe', 'pipe', 'pipe'],
        ...(input !== undefined ? { input } : {}),
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    });
}
/** The commit a ref names, as git resolves it; a usage error that says how to get it when the clone lacks it. */
function resolveCommit(root, ref) {
    if (ref.startsWith('-'))
        throw new errors/* UsageError */.e(`--base: "${ref}" is not a git ref`);
    let topLevel;
    try {
        topLevel = git(root, ['rev-parse', '--show-toplevel']).toString().trim();
    }
    catch {
        throw new errors/* UsageError */.e(`--base: ${root} is not inside a git repository`);
    }
    try {
        return git(topLevel, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])
            .toString()
            .trim();
    }
    catch {
        let shallow = false;
        try {
            shallow = git(topLevel, ['rev-parse', '--is-shallow-repository']).toString().trim() === 'true';
        }
        catch {
            // Older git: no way to tell; the advice below covers both.
        }
        throw new errors/* UsageError */.e(`--base: "${ref}" is not a commit in this repository${shallow ? ' (the clone is shallow)' : ''}. ` +
            `Fetch it first: ${fetchAdvice(ref)}, or \`git fetch --unshallow\`; ` +
            'with actions/checkout, set `fetch-depth: 0` or fetch the base commit.');
    }
}
/**
 * A fetch that makes `ref` resolvable, by its form: git refuses a revision
 * expression such as `HEAD~1` as a refspec, so history is deepened instead.
 */
function fetchAdvice(ref) {
    const quote = (text) => (0,shell_quote/* shellQuote */.Z)(text);
    const ancestry = /^(.*?)((?:[~^]\d*)+)$/.exec(ref);
    if (ancestry) {
        // HEAD~2^ is three commits back: each ~N is N, each ^ (or ^N, a parent of a merge) one.
        const back = [...ancestry[2].matchAll(/([~^])(\d*)/g)].reduce((sum, [, op, n]) => sum + (op === '~' ? Number(n || 1) : 1), 0);
        const start = ancestry[1] || 'HEAD';
        return start === 'HEAD' ? `\`git fetch --deepen=${back}\`` : `${fetchAdvice(start)} with \`--depth=${back + 1}\``;
    }
    if (OBJECT_ID.test(ref.toLowerCase()))
        return `\`git fetch --depth=1 origin ${ref}\``;
    // An abbreviated commit id cannot be fetched by itself: the server wants it whole.
    if (/^[0-9a-f]{4,63}$/i.test(ref))
        return 'the full commit id with `git fetch --depth=1 origin <commit id>`';
    const remoteBranch = /^origin\/(.+)$/.exec(ref)?.[1];
    const branch = remoteBranch ?? ref.replace(/^refs\/heads\//, '');
    if (ref.startsWith('refs/tags/'))
        return `\`git fetch --depth=1 origin tag ${quote(ref.slice('refs/tags/'.length))}\``;
    const tracking = `refs/remotes/origin/${branch}`;
    return `\`git fetch --depth=1 origin ${quote(`${branch}:${tracking}`)}\` (then --base ${quote(`origin/${branch}`)})`;
}
/** A commit's files under the checked folder, listed by `git ls-tree` and read from git's objects. */
class GitTree extends ListedTree {
    topLevel;
    constructor(root, commit) {
        super(commit, (id) => git(this.topLevel, ['cat-file', 'blob', id]));
        this.topLevel = git(root, ['rev-parse', '--show-toplevel']).toString().trim();
        const prefix = external_node_path_default().relative(this.topLevel, external_node_path_default().resolve(root)).split((external_node_path_default()).sep).join('/');
        const under = prefix === '' ? '' : `${prefix}/`;
        // -z: names as they are, however odd; --long: sizes, to judge limits before reading.
        const listing = git(this.topLevel, [
            'ls-tree',
            '-r',
            '-z',
            '--long',
            '--full-tree',
            commit,
            '--',
            ...(under ? [under] : []),
        ]);
        for (const line of listing.toString('utf8').split('\0')) {
            const tab = line.indexOf('\t');
            if (tab < 0)
                continue;
            const [mode, type, id, size] = line.slice(0, tab).split(/ +/);
            const name = line.slice(tab + 1);
            if (type !== 'blob' || !name.startsWith(under) || !OBJECT_ID.test(id ?? ''))
                continue;
            this.add(name.slice(under.length), mode, id, Number(size));
        }
    }
    /**
     * Reads every listed blob with one `git cat-file --batch`: ten thousand
     * client files cost one process, not ten thousand.
     */
    prefetch(relatives) {
        const ids = [...new Set(relatives.map((name) => this.files.get(name)?.id))].filter((id) => id !== undefined && !this.blobs.has(id));
        if (ids.length === 0)
            return;
        const output = git(this.topLevel, ['cat-file', '--batch'], `${ids.join('\n')}\n`);
        let offset = 0;
        while (offset < output.length) {
            const end = output.indexOf(0x0a, offset);
            if (end < 0)
                break;
            const [id, type, size] = output.subarray(offset, end).toString('latin1').split(' ');
            const length = type === 'missing' ? 0 : Number(size);
            if (type === 'blob')
                this.provide(id, output.subarray(end + 1, end + 1 + length));
            offset = type === 'missing' ? end + 1 : end + 1 + length + 1;
        }
    }
}

;// CONCATENATED MODULE: ./src/config/run-options.ts



/**
 * Options of a run that are not settings of the check: how the command line
 * prints and what the action publishes. Never read from the configuration
 * file. The same kind of entry as the settings (schema.ts), so the help,
 * action.yml and the docs are derived from them too.
 */
const DEFAULT_CHECK_NAME = 'truststore-check';
/** Both the command line and the action. */
const SHARED_OPTIONS = {
    failOnNew: setting({
        name: 'fail-on-new',
        scope: 'run',
        summary: "only findings the change's base does not have count toward fail-on",
        flag: {},
        input: {
            kind: 'boolean',
            default: 'false',
            description: "Only findings the change's base commit does not have count toward fail-on (the pull request's base; on push, the commit pushed over), so a repository with known problems can still protect its branch. Without a readable base, every finding counts.",
        },
        fallback: false,
    }),
};
const CLI_OPTIONS = {
    format: setting({
        name: 'format',
        scope: 'run',
        summary: 'output format: text, json or sarif',
        flag: { value: 'FORMAT' },
        default: 'text',
    }),
    output: setting({
        name: 'output',
        scope: 'run',
        summary: 'also write the JSON report to FILE',
        flag: { value: 'FILE' },
    }),
    base: setting({
        name: 'base',
        scope: 'run',
        summary: 'also check the files at git REF (read from git, not checked out) and report what the change does: truststore CAs added, removed and renewed, clients whose verdict changes, and which findings are new',
        flag: { value: 'REF' },
    }),
    fix: setting({
        name: 'fix',
        scope: 'run',
        summary: 'make the mechanical fixes first (blank lines and text in a bundle, repeated blocks, a client file written CA first, a verified CA a client sends copied into the truststore), then report what is left',
        flag: {},
    }),
    listRules: setting({
        name: 'list-rules',
        scope: 'run',
        summary: 'print the rules (Markdown, or JSON with --format json) and exit',
        flag: {},
    }),
    listProfiles: setting({
        name: 'list-profiles',
        scope: 'run',
        summary: 'print the gateway profiles (Markdown, or JSON with --format json) and exit',
        flag: {},
    }),
    listSettings: setting({
        name: 'list-settings',
        scope: 'run',
        summary: 'print every setting, flag and action input (Markdown, or JSON with --format json) and exit',
        flag: {},
    }),
    listTargets: setting({
        name: 'list-targets',
        scope: 'run',
        summary: 'print what will be checked and where each target came from (file, line, resource), then exit',
        flag: {},
    }),
    help: setting({ name: 'help', scope: 'run', summary: 'show this help', flag: { short: 'h' } }),
    version: setting({ name: 'version', scope: 'run', summary: 'show the version', flag: { short: 'v' } }),
};
function checkName(value, where) {
    const name = String(value);
    if (name.length > 100 || /[\r\n]/.test(name))
        throw new errors/* UsageError */.e(`${where}: at most 100 characters on one line`);
    return name;
}
function pullRequestNumber(value, where) {
    if (!/^[1-9]\d{0,9}$/.test(String(value)))
        throw new errors/* UsageError */.e(`${where}: "${String(value)}" is not a pull request number`);
    return Number(value);
}
function commitSha(value, where) {
    if (!OBJECT_ID.test(String(value)))
        throw new errors/* UsageError */.e(`${where}: "${String(value)}" is not a commit SHA`);
    return String(value);
}
const channel = (name, summary, fallback = true) => setting({ name, scope: 'run', summary, input: { kind: 'boolean', default: String(fallback) }, fallback });
const ACTION_OPTIONS = {
    workingDirectory: setting({
        name: 'working-directory',
        scope: 'run',
        summary: 'Folder inside the repository to check (no symbolic link on its path); globs are relative to it.',
        input: { kind: 'text', default: '.' },
        fallback: '.',
    }),
    checkName: setting({
        name: 'check-name',
        scope: 'run',
        summary: "Name of the check run (what a branch protection rule requires; give it a name no job has) and of the comments' markers.",
        input: { kind: 'text', default: DEFAULT_CHECK_NAME },
        fallback: DEFAULT_CHECK_NAME,
        parse: checkName,
    }),
    annotations: setting({
        name: 'annotations',
        scope: 'run',
        summary: 'Annotate findings on the files through workflow commands: auto (only when no check run carries them, so Files changed shows each finding once), true (always) or false (never).',
        input: { kind: 'text', default: 'auto' },
        fallback: 'auto',
        parse: (value, where) => {
            if (value === 'auto' || value === 'true' || value === 'false')
                return value;
            throw new errors/* UsageError */.e(`${where}: "${String(value)}" is not auto, true or false`);
        },
    }),
    checkRun: channel('check-run', 'Create a check run on the head commit with every finding.'),
    prReview: channel('pr-review', 'On pull requests, comment on changed lines that have findings.'),
    prComment: channel('pr-comment', 'On pull requests, keep one summary comment up to date.'),
    summary: channel('summary', 'Write the job summary.'),
    expiryIssue: channel('expiry-issue', 'On schedule and workflow_dispatch runs, keep one open issue listing every certificate and CRL that has expired or expires within expiry-warning-days, by target: opened when something does, edited as the list changes, closed when it is empty. Needs `permissions: issues: write`.', false),
    sarifFile: setting({
        name: 'sarif-file',
        scope: 'run',
        summary: 'Also write a SARIF 2.1.0 file here (relative to the workspace), for github/codeql-action/upload-sarif. Empty means none.',
        input: { kind: 'text' },
    }),
    reportFile: setting({
        name: 'report-file',
        scope: 'run',
        summary: 'Publish this JSON report (written by an earlier run of this action, or elsewhere) to annotations and the job summary instead of checking files. A report from elsewhere never sets the check run or comments on a pull request.',
        input: { kind: 'text' },
    }),
    pullRequest: setting({
        name: 'pull-request',
        scope: 'run',
        summary: "On workflow_run, the pull request to check; accepted only if GitHub says it is open with the triggering run's head commit. Usually left empty (found from the event).",
        input: { kind: 'text' },
        parse: pullRequestNumber,
    }),
    headSha: setting({
        name: 'head-sha',
        scope: 'run',
        summary: "On workflow_run, must equal the triggering run's head commit (a mismatch is refused before anything is written); on pull_request, the event's head commit. Elsewhere, the commit the check run belongs to.",
        input: { kind: 'text' },
        parse: commitSha,
    }),
    githubToken: setting({
        name: 'github-token',
        scope: 'run',
        summary: 'Token for the check run and comments. Needs checks:write and pull-requests:write (on pull requests at least pull-requests:read, to find other open pull requests with the same head).',
        input: { kind: 'text', default: '${{ github.token }}' },
    }),
};

;// CONCATENATED MODULE: ./src/cli/options.ts


/** The command line's options, in the order the help lists them: the settings, then how a run reports. */
const CLI_ENTRIES = [
    ...Object.values(SETTINGS),
    ...Object.values(SHARED_OPTIONS),
    ...Object.values(CLI_OPTIONS),
].filter((entry) => entry.flag);
/** parseArgs' options, from the entries. */
function parseArgsOptions() {
    return Object.fromEntries(CLI_ENTRIES.map((entry) => [
        entry.name,
        {
            type: entry.flag.value ? 'string' : 'boolean',
            ...(entry.flag.repeatable ? { multiple: true } : {}),
            ...(entry.flag.short ? { short: entry.flag.short } : {}),
        },
    ]));
}
const WIDTH = 80;
const COLUMN = 29;
/** `text` in lines of at most WIDTH characters, the first after `lead`, the rest indented to COLUMN. */
function wrap(lead, text) {
    const lines = [];
    let line = lead.length >= COLUMN - 1 ? `${lead} ` : lead.padEnd(COLUMN);
    for (const word of text.split(' ')) {
        if (line.trim() !== lead.trim() && line.length + word.length > WIDTH) {
            lines.push(line.trimEnd());
            line = ' '.repeat(COLUMN);
        }
        line += `${word} `;
    }
    lines.push(line.trimEnd());
    return lines;
}
/** One option's lines in the help. */
function helpLines(entry) {
    const flag = entry.flag;
    const name = `${flag.short ? `-${flag.short}, ` : ''}--${entry.name}${flag.value ? ` ${flag.value}` : ''}`;
    const extra = [flag.repeatable ? '; repeatable' : '', entry.default ? ` (default: ${entry.default})` : ''].join('');
    return wrap(`  ${name}`, `${entry.summary}${extra}`);
}
const HELP = `Usage: truststore-check [root] [options]

Checks a mutual-TLS truststore bundle and client certificates the way the
gateway does (Amazon API Gateway unless --profile says otherwise). root
defaults to the current folder; globs are relative to it. Settings also come
from <root>/.truststore-check.yml, which may also list several targets
(each a gateway with its own profile, truststore, clients and CRLs); flags
win over the file. --list-settings prints every setting.

Options:
${CLI_ENTRIES.flatMap(helpLines).join('\n')}

Exit status: 0 nothing reached --fail-on, 1 something did, 2 usage or configuration error.
`;

// EXTERNAL MODULE: ./src/x509/key-limits.ts
var key_limits = __nccwpck_require__(6828);
;// CONCATENATED MODULE: ./src/chain/signatures.ts


/** node:crypto digest names; MD2 and MD4 are absent from OpenSSL 3's default provider and fall back to X509_verify. */
const DIGESTS = {
    MD5: 'md5',
    'SHA-1': 'sha1',
    'SHA-224': 'sha224',
    'SHA-256': 'sha256',
    'SHA-384': 'sha384',
    'SHA-512': 'sha512',
    'SHA-512/224': 'sha512-224',
    'SHA-512/256': 'sha512-256',
    'SHA3-256': 'sha3-256',
    'SHA3-384': 'sha3-384',
    'SHA3-512': 'sha3-512',
};
/**
 * Signature checks on node:crypto (OpenSSL), memoised: with thousands of
 * clients under a few intermediates, every intermediate-to-root signature is
 * checked once per run instead of once per client. The signed bytes come
 * from our own DER reader, so a certificate is never parsed a second time;
 * only algorithms crypto.verify cannot express go through X509_verify.
 */
class signatures_SignatureVerifier {
    /** By the SHA-256 of the SubjectPublicKeyInfo: the copies of a CA that clients carry share their key object. */
    keys = new Map();
    results = new Map();
    /** The checks made here of CA certificates' signatures, in order: what threads judging clients under the same CAs share. */
    authorityChecks = [];
    /** How many signatures were actually verified (not served from the memo). */
    verifications = 0;
    keyOf(certificate) {
        let key = this.keys.get(certificate.publicKey.sha256);
        if (key === undefined) {
            // A key over the verify limits signs nothing here; the key rules report it instead.
            if ((0,key_limits/* overVerifyLimits */.Q0)(certificate.publicKey))
                key = null;
            else
                try {
                    key = (0,external_node_crypto_.createPublicKey)({ key: Buffer.from(certificate.spki), format: 'der', type: 'spki' });
                }
                catch {
                    key = null; // a key OpenSSL cannot load (GOST, odd explicit curves) signs nothing
                }
            this.keys.set(certificate.publicKey.sha256, key);
        }
        return key;
    }
    check(subject, issuer, key) {
        // X509_verify refuses a certificate whose two signature algorithm fields differ; so do we.
        if (!subject.signatureAlgorithmsMatch)
            return false;
        const { family, hash } = subject.signatureAlgorithm;
        const digest = hash ? DIGESTS[hash] : undefined;
        const data = subject.tbs;
        const signature = subject.signature;
        switch (family) {
            case 'Ed25519':
            case 'Ed448':
                return (0,external_node_crypto_.verify)(null, data, key, signature);
            case 'RSA':
                if (digest)
                    return (0,external_node_crypto_.verify)(digest, data, { key, padding: external_node_crypto_.constants.RSA_PKCS1_PADDING }, signature);
                break;
            case 'RSA-PSS':
                // crypto.verify uses MGF1 with the signature's own digest, the only combination in practice.
                if (digest && subject.pss && subject.pss.mgf1Hash === hash) {
                    return (0,external_node_crypto_.verify)(digest, data, { key, padding: external_node_crypto_.constants.RSA_PKCS1_PSS_PADDING, saltLength: subject.pss.saltLength }, signature);
                }
                break;
            case 'ECDSA':
            case 'DSA':
                if (digest)
                    return (0,external_node_crypto_.verify)(digest, data, key, signature);
                break;
        }
        // Only a certificate can be handed to X509_verify; a CRL signed this way is one nothing here can check.
        if (!('spki' in subject))
            return false;
        return new external_node_crypto_.X509Certificate(subject.der).verify(new external_node_crypto_.X509Certificate(issuer.der).publicKey);
    }
    /** How many checks the memo holds. */
    get size() {
        return this.results.size;
    }
    /**
     * The checks made so far, as (subject SHA-256 / issuer key SHA-256, verified),
     * from the `since`-th on: what another thread judging the same repository
     * need not check again.
     */
    known(since = 0) {
        const checks = [];
        let index = 0;
        for (const check of this.results)
            if (index++ >= since)
                checks.push(check);
        return checks;
    }
    /** How many checks of a CA certificate's signature were made here. */
    get authoritySize() {
        return this.authorityChecks.length;
    }
    /** The checks of CA certificates' signatures made here (not learned), from the `since`-th on. */
    authorityKnown(since = 0) {
        return this.authorityChecks.slice(since);
    }
    /** Takes the checks another verifier made (see known()); both are the same node:crypto calls on the same bytes. */
    learn(checks) {
        for (const [memo, result] of checks)
            this.results.set(memo, result);
    }
    /** Whether `issuer`'s public key verifies the signature on `subject` (a certificate or a CRL). */
    verifies(subject, issuer) {
        const memo = `${subject.sha256}/${issuer.publicKey.sha256}`;
        const known = this.results.get(memo);
        if (known !== undefined)
            return known;
        const key = this.keyOf(issuer);
        this.verifications++;
        let result;
        try {
            result = key !== null && this.check(subject, issuer, key);
        }
        catch {
            result = false; // a key that does not fit the algorithm, or bytes OpenSSL will not read
        }
        this.results.set(memo, result);
        if (subject.basicConstraints?.ca === true)
            this.authorityChecks.push([memo, result]);
        return result;
    }
}

// EXTERNAL MODULE: ./src/inventory/client-file.ts
var client_file = __nccwpck_require__(228);
// EXTERNAL MODULE: ./src/chain/build-chain.ts
var build_chain = __nccwpck_require__(5149);
// EXTERNAL MODULE: ./src/x509/go-certificate.ts
var go_certificate = __nccwpck_require__(4682);
;// CONCATENATED MODULE: ./src/chain/go-failures.ts
const ERROR_TEXT = {
    expired: 'x509: certificate has expired or is not yet valid',
    'not-yet-valid': 'x509: certificate has expired or is not yet valid',
    'not-authorized-to-sign': 'x509: certificate is not authorized to sign other certificates',
    'too-many-intermediates': 'x509: too many intermediates for path length constraint',
    'unhandled-critical': 'x509: unhandled critical extension',
    budget: 'x509: signature check attempts limit reached while verifying certificate chain',
};
/** The tool's problem for Go's error. */
function problemOf(failure, leaf) {
    const { at } = failure;
    switch (failure.kind) {
        case 'expired':
        case 'not-yet-valid':
            return { kind: failure.kind, certificate: at.certificate };
        case 'not-authorized-to-sign':
            return {
                kind: 'issuer-not-ca',
                issuer: at.certificate,
                why: at.go.basicConstraintsValid ? 'not-ca' : 'without-basic-constraints',
            };
        case 'too-many-intermediates':
            return {
                kind: 'path-length-exceeded',
                issuer: at.certificate,
                pathLen: at.go.maxPathLen,
                intermediatesBelow: failure.intermediates,
            };
        case 'name':
            return {
                kind: 'name-constraints-violated',
                certificate: failure.checked.certificate,
                constrainedBy: at.certificate,
                violation: failure.violation,
                name: failure.name,
            };
        case 'unhandled-critical':
            return { kind: 'unhandled-critical-extension', certificate: at.certificate, oids: at.go.unhandledCritical };
        case 'budget':
            return { kind: 'issuer-not-found', certificate: at.certificate, rejected: [], inTruststore: false };
        case 'unknown-authority': {
            const hint = failure.hint;
            if (hint?.failure.kind === 'signature')
                return { kind: 'signature-invalid', certificate: at.certificate, issuer: hint.candidate.certificate };
            if (hint?.failure.kind === 'not-a-ca')
                return { kind: 'issuer-not-ca', issuer: hint.candidate.certificate, why: hint.failure.why };
            if (hint?.failure.kind === 'insecure-algorithm' && at.certificate.signatureAlgorithm.hash)
                return {
                    kind: 'signature-not-accepted',
                    certificate: at.certificate,
                    refusal: { kind: 'weak-hash', hash: at.certificate.signatureAlgorithm.hash },
                };
            if (hint)
                return { kind: 'signature-not-accepted', certificate: at.certificate, refusal: { kind: 'algorithm' } };
            if (at === leaf && at.certificate.selfSigned)
                return { kind: 'self-signed', certificate: at.certificate, atLeaf: true };
            return { kind: 'issuer-not-found', certificate: at.certificate, rejected: [], inTruststore: false };
        }
    }
}
function errorText(failure) {
    if (failure.kind === 'name')
        return `x509: a root or intermediate certificate is not authorized to sign for this name: ${failure.name}`;
    if (failure.kind !== 'unknown-authority')
        return ERROR_TEXT[failure.kind];
    return 'x509: certificate signed by unknown authority';
}

// EXTERNAL MODULE: ./src/x509/go-names.ts
var go_names = __nccwpck_require__(9325);
;// CONCATENATED MODULE: ./src/chain/go-name-constraints.ts

// Go's checkNameConstraints (go1.19 verify.go): the names of a certificate against a CA's constraints, within Go's budget.
/** MaxConstraintComparisions' default. */
const GO_MAX_CONSTRAINT_COMPARISONS = 250_000;
/** matchDomainConstraint: labels compared from the right, ASCII case folded; a leading dot needs a subdomain. */
function matchDomain(domain, constraint) {
    if (constraint.length === 0)
        return true;
    const labels = (0,go_names/* domainLabels */.C1)(domain);
    if (!labels)
        return 'error';
    const mustHaveSubdomains = constraint.startsWith('.');
    const constraintLabels = (0,go_names/* domainLabels */.C1)(mustHaveSubdomains ? constraint.slice(1) : constraint);
    if (!constraintLabels)
        return 'error';
    if (labels.length < constraintLabels.length || (mustHaveSubdomains && labels.length === constraintLabels.length))
        return false;
    return constraintLabels.every((label, index) => label.toLowerCase() === labels[index].toLowerCase());
}
function matchEmail(mailbox, constraint) {
    const at = mailbox.lastIndexOf('@');
    if (at <= 0)
        return 'error';
    const [local, domain] = [mailbox.slice(0, at), mailbox.slice(at + 1)];
    if (constraint.includes('@')) {
        const split = constraint.lastIndexOf('@');
        return local === constraint.slice(0, split) && domain.toLowerCase() === constraint.slice(split + 1).toLowerCase();
    }
    return matchDomain(domain, constraint);
}
function matchUri(uri, constraint) {
    const host = (0,go_names/* uriHost */.T8)(uri);
    if (!host || host.startsWith('[') || /^[0-9.]+$/.test(host))
        return 'error';
    return matchDomain(host, constraint);
}
function matchIp(ip, constraint) {
    if (ip.length !== constraint.ip.length)
        return false;
    return ip.every((byte, index) => (byte & constraint.mask[index]) === (constraint.ip[index] & constraint.mask[index]));
}
/** checkNameConstraints of verify.go for every name of one kind: excluded first, then permitted. */
function checkNames(names, shown, permitted, excluded, match, count) {
    for (const name of names) {
        count.value += excluded.length;
        if (count.value > GO_MAX_CONSTRAINT_COMPARISONS)
            return { name: shown(name), violation: 'unsupported' };
        for (const constraint of excluded) {
            const matched = match(name, constraint);
            if (matched === 'error')
                return { name: shown(name), violation: 'unsupported' };
            if (matched)
                return { name: shown(name), violation: 'excluded' };
        }
        count.value += permitted.length;
        if (count.value > GO_MAX_CONSTRAINT_COMPARISONS)
            return { name: shown(name), violation: 'unsupported' };
        let ok = true;
        for (const constraint of permitted) {
            const matched = match(name, constraint);
            if (matched === 'error')
                return { name: shown(name), violation: 'unsupported' };
            ok = matched;
            if (ok)
                break;
        }
        if (!ok)
            return { name: shown(name), violation: 'permitted' };
    }
    return undefined;
}
function nameViolation(constraints, checked) {
    const names = checked.subjectAltName;
    if (!names)
        return undefined;
    const count = { value: 0 };
    const ipText = (ip) => (ip.length === 4 ? [...ip].join('.') : Buffer.from(ip).toString('hex'));
    return (checkNames(names.email, (n) => `email address ${n}`, constraints.permittedEmail, constraints.excludedEmail, matchEmail, count) ??
        checkNames(names.dns, (n) => `DNS name ${n}`, constraints.permittedDns, constraints.excludedDns, matchDomain, count) ??
        checkNames(names.uri, (n) => `URI ${n}`, constraints.permittedUri, constraints.excludedUri, matchUri, count) ??
        checkNames(names.ip, (n) => `IP address ${ipText(n)}`, constraints.permittedIp, constraints.excludedIp, matchIp, count));
}

;// CONCATENATED MODULE: ./src/chain/go-chains.ts



/**
 * Go's crypto/x509 Certificate.Verify as crypto/tls runs it on a client's
 * certificate (go1.19, src/crypto/x509/verify.go; crypto/tls
 * processCertsFromClient): every certificate the client sends is parsed
 * first (one that does not parse fails the handshake); the truststore is the
 * Roots pool, the rest of what the client sends the Intermediates pool; then
 * a depth-first search of every path, candidates by byte-equal issuer name,
 * those with a matching key identifier first, any Roots certificate ending a
 * path, within a budget of 100 signature checks; each path's extended key
 * usages are then checked for clientAuth.
 */
/** At most this many CheckSignatureFrom calls per verification (maxChainSignatureChecks). */
const GO_MAX_SIGNATURE_CHECKS = 100;
/** A Go CertPool: certificates by raw subject, in the order added, each once. */
class Pool {
    byName = new Map();
    fingerprints = new Set();
    add(node) {
        if (this.fingerprints.has(node.certificate.sha256))
            return;
        this.fingerprints.add(node.certificate.sha256);
        const named = this.byName.get(node.go.rawSubject);
        if (named)
            named.push(node);
        else
            this.byName.set(node.go.rawSubject, [node]);
    }
    contains(certificate) {
        return this.fingerprints.has(certificate.sha256);
    }
    /** findPotentialParents: same raw name; key identifiers matching first, then one side without, then mismatching. */
    potentialParents(child) {
        const matching = [];
        const oneSide = [];
        const mismatching = [];
        for (const candidate of this.byName.get(child.rawIssuer) ?? []) {
            const skid = candidate.go.subjectKeyId;
            const akid = child.authorityKeyId;
            if (skid === akid)
                matching.push(candidate);
            else if ((skid === '' && akid !== '') || (skid !== '' && akid === ''))
                oneSide.push(candidate);
            else
                mismatching.push(candidate);
        }
        return [...matching, ...oneSide, ...mismatching];
    }
}
function checkSignatureFrom(child, parent, verifier) {
    const { go } = parent;
    // RFC 5280 4.2.1.9: a v3 certificate without basicConstraints cA may not verify certificate signatures.
    if (go.version === 3 && !go.basicConstraintsValid)
        return { kind: 'not-a-ca', why: 'without-basic-constraints' };
    if (go.basicConstraintsValid && !go.isCA)
        return { kind: 'not-a-ca', why: 'not-ca' };
    if (go.keyUsage !== 0 && (go.keyUsage & go_certificate/* GO_KEY_CERT_SIGN */.u) === 0)
        return { kind: 'not-a-ca', why: 'no-key-cert-sign' };
    if (go.publicKeyAlgorithm === 'unknown')
        return { kind: 'unsupported-algorithm' };
    const signature = child.go.signature;
    if (signature.kind === 'insecure')
        return { kind: 'insecure-algorithm' };
    if (signature.kind === 'unsupported' || go.publicKeyAlgorithm === 'DSA')
        return { kind: 'unsupported-algorithm' };
    if (signature.publicKeyAlgorithm !== go.publicKeyAlgorithm)
        return { kind: 'signature' };
    return verifier.verifies(child.certificate, parent.certificate) ? undefined : { kind: 'signature' };
}
/** isValid of verify.go: what rules a candidate out once its signature checks. */
function isValid(candidate, type, path, at) {
    const { go, certificate } = candidate;
    const target = [...path, candidate];
    if (go.unhandledCritical.length > 0)
        return { kind: 'unhandled-critical', at: candidate, path: target };
    // Go's validity includes both ends: a certificate is still valid during its notAfter second.
    if (at.getTime() < certificate.notBefore.getTime())
        return { kind: 'not-yet-valid', at: candidate, path: target };
    if (at.getTime() > certificate.notAfter.getTime())
        return { kind: 'expired', at: candidate, path: target };
    if (type !== 'leaf' && go.nameConstraints) {
        // Go 1.19 checks a CA's constraints against the subjectAltNames of the leaf and of the CA itself.
        for (const checked of [path[0], candidate]) {
            const found = nameViolation(go.nameConstraints, checked.go);
            if (found)
                return { kind: 'name', at: candidate, path: target, checked, ...found };
        }
    }
    if (type === 'intermediate' && (!go.basicConstraintsValid || !go.isCA))
        return { kind: 'not-authorized-to-sign', at: candidate, path: target };
    if (go.basicConstraintsValid && go.maxPathLen >= 0 && path.length - 1 > go.maxPathLen)
        return { kind: 'too-many-intermediates', at: candidate, path: target, intermediates: path.length - 1 };
    return undefined;
}
/** alreadyInChain: the same subject, key and subjectAltName (not the same bytes) is already on the path. */
function alreadyInChain(candidate, path) {
    return path.some((node) => node.go.rawSubject === candidate.go.rawSubject &&
        node.certificate.publicKey.sha256 === candidate.certificate.publicKey.sha256 &&
        (node.go.subjectAltName?.raw ?? null) === (candidate.go.subjectAltName?.raw ?? null));
}
/** buildChains of verify.go, with its quirk: the error returned is the last one a candidate set, if no path was found. */
function buildChains(path, search) {
    const current = path[path.length - 1];
    const chains = [];
    let failure;
    let hint;
    const consider = (type, candidate) => {
        if (alreadyInChain(candidate, path))
            return;
        search.signatureChecks++;
        if (search.signatureChecks > GO_MAX_SIGNATURE_CHECKS) {
            failure = { kind: 'budget', at: current, path };
            return;
        }
        const signature = checkSignatureFrom(current, candidate, search.verifier);
        if (signature) {
            hint ??= { failure: signature, candidate };
            return;
        }
        failure = isValid(candidate, type, path, search.at);
        if (failure)
            return;
        if (type === 'root')
            chains.push([...path, candidate]);
        else {
            const deeper = buildChains([...path, candidate], search);
            failure = deeper.failure;
            chains.push(...deeper.chains);
        }
    };
    for (const root of search.roots.potentialParents(current.go))
        consider('root', root);
    for (const intermediate of search.intermediates.potentialParents(current.go))
        consider('intermediate', intermediate);
    if (chains.length > 0)
        return { chains };
    return {
        chains,
        failure: failure ?? { kind: 'unknown-authority', at: current, path, ...(hint ? { hint } : {}) },
    };
}
/**
 * checkChainForKeyUsage with ExtKeyUsageClientAuth: from the root down, a
 * certificate with extendedKeyUsage (anyExtendedKeyUsage aside) that lacks
 * clientAuth rules the path out. Returns the certificate that does.
 */
function keyUsageRefuses(chain) {
    for (let index = chain.length - 1; index >= 0; index--) {
        const usage = chain[index].go.extKeyUsage;
        if (!usage || (usage.known.length === 0 && usage.unknown === 0))
            continue;
        if (usage.known.includes('any'))
            continue;
        if (!usage.known.includes('clientAuth'))
            return chain[index];
    }
    return undefined;
}
function builtChain(path, roots, failed) {
    const chain = path.map((node) => node.certificate);
    const top = path[path.length - 1];
    const anchored = !failed && roots.contains(top.certificate);
    return { chain, untrustedCount: anchored && chain.length > 1 ? chain.length - 1 : chain.length };
}
const rootPools = new WeakMap();
/** The truststore as a pool, made once per truststore: a certificate Go cannot parse is not in it (AppendCertsFromPEM skips it). */
function rootsOf(truststore) {
    let roots = rootPools.get(truststore);
    if (!roots) {
        roots = new Pool();
        for (const certificate of truststore.certificates) {
            const parsed = (0,go_certificate/* parseAsGo */.g)(certificate);
            if (parsed.certificate)
                roots.add({ certificate, go: parsed.certificate });
        }
        rootPools.set(truststore, roots);
    }
    return roots;
}
/** Verifies a client as a Go TLS server with RequireAndVerifyClientCert does. */
function goVerify(request) {
    const { leaf, sent, truststore, at, verifier } = request;
    const refuse = (certificate, error) => ({
        built: { chain: [leaf], untrustedCount: 1 },
        problems: [{ kind: 'unparseable', certificate, error }],
        error: `tls: failed to parse client certificate: ${error}`,
    });
    // crypto/tls parses every certificate the client sends before verifying any.
    const leafParse = (0,go_certificate/* parseAsGo */.g)(leaf);
    if (leafParse.error !== undefined)
        return refuse(leaf, leafParse.error);
    const intermediates = new Pool();
    for (const certificate of sent) {
        const parsed = (0,go_certificate/* parseAsGo */.g)(certificate);
        if (parsed.error !== undefined)
            return refuse(certificate, parsed.error);
        intermediates.add({ certificate, go: parsed.certificate });
    }
    const roots = rootsOf(truststore);
    const leafNode = { certificate: leaf, go: leafParse.certificate };
    const fail = (failure) => {
        const problem = problemOf(failure, leafNode);
        const isBuildFailure = problem.kind === 'issuer-not-found' || problem.kind === 'self-signed';
        return {
            built: { ...builtChain(failure.path, roots, true), ...(isBuildFailure ? { failure: problem } : {}) },
            problems: [problem],
            error: `tls: failed to verify client certificate: ${errorText(failure)}`,
        };
    };
    const leafInvalid = isValid(leafNode, 'leaf', [], at);
    if (leafInvalid)
        return fail(leafInvalid);
    let chains;
    if (roots.contains(leaf))
        chains = [[leafNode]];
    else {
        const search = { roots, intermediates, at, verifier, signatureChecks: 0 };
        const found = buildChains([leafNode], search);
        if (found.failure)
            return fail(found.failure);
        chains = found.chains;
    }
    const usable = request.clientAuth ? chains.filter((chain) => !keyUsageRefuses(chain)) : chains;
    if (usable.length > 0)
        return { built: builtChain(usable[0], roots, false), problems: [] };
    const first = chains[0];
    const refusing = keyUsageRefuses(first);
    return {
        built: builtChain(first, roots, false),
        problems: [{ kind: 'purpose', certificate: refusing.certificate, why: 'extended-key-usage' }],
        error: 'tls: failed to verify client certificate: x509: certificate specifies an incompatible key usage',
    };
}

// EXTERNAL MODULE: ./src/profiles/policy.ts
var policy = __nccwpck_require__(6546);
;// CONCATENATED MODULE: ./src/chain/problems.ts
// Every reason a client can be refused, one kind per explanation, and the profile's policy that adds its own.

function buildProblem(failure) {
    if (failure.kind !== 'issuer-not-found')
        return failure;
    if (failure.certificate.invalid !== undefined)
        return { kind: 'invalid-on-chain', certificate: failure.certificate };
    return failure.inTruststore ? { ...failure, kind: 'root-not-in-truststore' } : failure;
}
/** The profile's policy on every certificate of the chain: keys and signatures as verified (the anchor's self-signature is not), purpose on the leaf and its issuer. */
function policyProblems(profile, chain, anchored) {
    const problems = [];
    chain.forEach((certificate, index) => {
        // Nobody checks the anchor's own signature, so its algorithm refuses no client.
        const isAnchor = anchored && index === chain.length - 1;
        const signature = isAnchor ? undefined : (0,policy/* judgeSignature */.ub)(profile.signatures, certificate);
        if (signature)
            problems.push({ kind: 'signature-not-accepted', certificate, refusal: signature });
        const key = (0,policy/* judgeKey */.FF)(profile.keys, certificate.publicKey);
        if (key && (0,policy/* isWeakKeyRefusal */.OE)(key))
            problems.push({ kind: 'key-too-weak', certificate, refusal: key });
        else if (key)
            problems.push({ kind: 'key-not-supported', certificate, refusal: key });
    });
    const [leaf, issuer] = chain;
    if (leaf && profile.clientCa.verdict === 'refused' && leaf.basicConstraints?.ca === true)
        problems.push({ kind: 'ca-as-client', certificate: leaf });
    const leafPurpose = leaf && (0,policy/* judgePurpose */.GL)(profile.purpose.leaf, leaf);
    if (leaf && leafPurpose)
        problems.push({ kind: 'purpose-not-client-auth', certificate: leaf, role: 'leaf', refusal: leafPurpose });
    const issuerPurpose = issuer && (0,policy/* judgePurpose */.GL)(profile.purpose.issuer, issuer);
    if (issuer && issuerPurpose) {
        problems.push({ kind: 'purpose-not-client-auth', certificate: issuer, role: 'issuer', refusal: issuerPurpose });
    }
    return problems;
}

// EXTERNAL MODULE: ./src/chain/truststore.ts
var truststore = __nccwpck_require__(2866);
// EXTERNAL MODULE: ./src/chain/revocation.ts
var revocation = __nccwpck_require__(9381);
// EXTERNAL MODULE: ./src/chain/verify-chain.ts + 1 modules
var verify_chain = __nccwpck_require__(5222);
// EXTERNAL MODULE: ./src/chain/verify-errors.ts
var verify_errors = __nccwpck_require__(54);
;// CONCATENATED MODULE: ./src/chain/analysis.ts









/** OpenSSL's default verify depth: how far a chain is followed to say how deep it really is. */
const UNLIMITED_DEPTH = 100;
/** How every chain is verified under the profile, with the CRLs given when the gateway checks them. */
function verifyOptions(profile, crls) {
    const { revocation } = profile;
    return {
        partialChain: profile.chain.partialChain,
        sslClient: profile.purpose.sslClient === true,
        // A gateway given no CRL checks none (NGINX without ssl_crl).
        ...(revocation && crls.all.length > 0 ? { revocation: { crls, policy: revocation } } : {}),
    };
}
function judgeClient(file, leaf, sent, truststore, profile, at, verifier, options) {
    const model = profile.chain;
    const fileProblems = [];
    const { ownAfterCa } = (0,client_file/* readClientFile */.CQ)(file);
    if (ownAfterCa)
        fileProblems.push({ kind: 'written-ca-first', certificate: leaf.certificate, own: ownAfterCa.certificate });
    if (model.verifier === 'go') {
        // Go's crypto/x509: its own parser and path search (go-chains.ts); nothing of OpenSSL's applies.
        const verdict = goVerify({
            leaf: leaf.certificate,
            sent,
            truststore,
            at,
            verifier,
            clientAuth: profile.purpose.nestedExtendedKeyUsage === true,
        });
        const anchored = verdict.problems.length === 0;
        return {
            file,
            leaf,
            truststore,
            built: verdict.built,
            problems: [...fileProblems, ...verdict.problems, ...policyProblems(profile, verdict.built.chain, anchored)],
            missingFromTruststore: [],
            ...(verdict.error ? { verifierError: verdict.error } : {}),
        };
    }
    const built = (0,build_chain/* buildChain */.q)({ leaf: leaf.certificate, sent, truststore, model, at });
    const problems = [...fileProblems];
    if (built.failure)
        problems.push(buildProblem(built.failure));
    else
        problems.push(...(0,verify_chain/* verifyChain */.H5)(built.chain, at, verifier, options));
    problems.push(...policyProblems(profile, built.chain, !built.failure));
    let missingFromTruststore = [];
    if (built.failure?.kind === 'issuer-not-found' && model.issuers === 'truststore' && sent.length > 0) {
        // Would the certificates the client sends have completed the chain? Then they are what the truststore lacks.
        const withSent = (0,build_chain/* buildChain */.q)({
            leaf: leaf.certificate,
            sent,
            truststore,
            model: { ...model, issuers: 'truststore-and-client' },
            at,
        });
        // Named only when each is really signed by the next: the finding (and the suggested change) tells people to
        // trust these, and a client file can carry a CA that merely bears the name of one under a trusted root.
        const missing = withSent.failure ? [] : withSent.chain.slice(1, withSent.untrustedCount);
        const signed = missing.every((certificate, index) => {
            const issuer = withSent.chain[index + 2];
            return issuer !== undefined && verifier.verifies(certificate, issuer);
        });
        if (signed)
            missingFromTruststore = missing;
    }
    let fullChainIntermediates;
    if (built.failure?.kind === 'chain-too-long') {
        const full = (0,build_chain/* buildChain */.q)({
            leaf: leaf.certificate,
            sent,
            truststore,
            model: { ...model, maxIntermediates: UNLIMITED_DEPTH },
            at,
        });
        if (!full.failure)
            fullChainIntermediates = full.chain.length - 2;
    }
    const verifyErrors = profile.wording.verifyErrorLog
        ? (0,verify_errors/* verifyErrorTrail */.Oh)({ built, at, verifier, options, minSecurityBits: profile.keys.minSecurityBits })
        : undefined;
    return {
        file,
        leaf,
        truststore,
        built,
        problems,
        missingFromTruststore,
        ...(fullChainIntermediates !== undefined ? { fullChainIntermediates } : {}),
        ...(verifyErrors ? { verifyErrors } : {}),
    };
}
function judgeAgainstEach(file, truststores, profile, at, verifier, options) {
    const { leaf, sent } = (0,client_file/* readClientFile */.CQ)(file);
    if (!leaf)
        return undefined;
    const sentCertificates = sent.map((object) => object.certificate);
    let first;
    for (const truststore of truststores) {
        const chain = judgeClient(file, leaf, sentCertificates, truststore, profile, at, verifier, options);
        if (chain.problems.length === 0)
            return chain;
        first ??= chain;
    }
    return first;
}
/** A client of a target that has no truststore: refused, for nothing can anchor its chain. */
function withoutTruststore(file) {
    const { leaf } = (0,client_file/* readClientFile */.CQ)(file);
    if (!leaf)
        return undefined;
    return {
        file,
        leaf,
        truststore: new truststore/* Truststore */.I('(no truststore)', []),
        built: { chain: [leaf.certificate], untrustedCount: 1 },
        problems: [{ kind: 'no-truststore', certificate: leaf.certificate }],
        missingFromTruststore: [],
    };
}
/** Truststore certificates whose own chain, built from the bundle alone, reaches no root of it. */
function findGaps(truststore, at, verifier) {
    const gaps = [];
    const seen = new Set();
    for (const { file, object } of truststore.objects) {
        const { certificate } = object;
        if (certificate.selfSigned || seen.has(certificate.sha256))
            continue;
        seen.add(certificate.sha256);
        const model = { issuers: 'truststore', maxIntermediates: UNLIMITED_DEPTH, partialChain: false };
        const built = (0,build_chain/* buildChain */.q)({ leaf: certificate, sent: [], truststore, model, at });
        const issuer = built.chain[1];
        if (built.failure?.kind === 'issuer-not-found' && built.chain.length === 1) {
            gaps.push({ truststore, file, object, rejected: built.failure.rejected });
        }
        else if (issuer && !verifier.verifies(certificate, issuer)) {
            gaps.push({ truststore, file, object, sameNameCandidate: issuer, rejected: [] });
        }
    }
    return gaps;
}
/** The bundles and CRLs of an inventory: built once, whatever the number of clients judged against them. */
function analysis_analyseTrust(inventory, verifier = new signatures_SignatureVerifier()) {
    const truststores = inventory.bundles.map((files) => new truststore/* Truststore */.I(files.map((file) => file.path).join(' + '), files));
    const crls = new revocation/* CrlSet */.Q$(inventory.files.filter((file) => file.role === 'crl'));
    return { signatures: verifier, truststores, crls };
}
/** The gaps in every bundle of `trust`. */
function truststoreGaps(trust, at) {
    return trust.truststores.flatMap((truststore) => findGaps(truststore, at, trust.signatures));
}
/**
 * Judges the certificate of every client file among `files` against the
 * bundle(s) as the profile's gateway would. With several bundles, a client
 * is accepted when any of them accepts it.
 */
function judgeClients(files, trust, profile, at) {
    const { truststores, signatures: verifier } = trust;
    const options = verifyOptions(profile, trust.crls);
    const clients = [];
    const crashes = [];
    for (const file of files) {
        if (file.role !== 'client')
            continue;
        try {
            const chain = truststores.length > 0
                ? judgeAgainstEach(file, truststores, profile, at, verifier, options)
                : withoutTruststore(file);
            if (chain)
                clients.push(chain);
        }
        catch (error) {
            const object = (0,client_file/* readClientFile */.CQ)(file).leaf;
            if (object)
                crashes.push({ file, object, error });
        }
    }
    return { clients, crashes };
}
/** Judges every client file of the inventory and finds the gaps in each bundle. */
function analyseChains(inventory, profile, at, verifier = new SignatureVerifier()) {
    const trust = analysis_analyseTrust(inventory, verifier);
    const judged = judgeClients(inventory.files, trust, profile, at);
    return { ...trust, ...judged, gaps: truststoreGaps(trust, at) };
}

// EXTERNAL MODULE: ./src/discovery/findings.ts
var findings = __nccwpck_require__(8458);
// EXTERNAL MODULE: ./src/inventory/inventory.ts
var inventory = __nccwpck_require__(556);
// EXTERNAL MODULE: ./src/inventory/glob.ts
var inventory_glob = __nccwpck_require__(1484);
// EXTERNAL MODULE: ./src/rules/registry.ts + 28 modules
var rules_registry = __nccwpck_require__(7531);
// EXTERNAL MODULE: ./src/time.ts
var time = __nccwpck_require__(9834);
// EXTERNAL MODULE: ./src/findings/severity.ts
var severity = __nccwpck_require__(5131);
;// CONCATENATED MODULE: ./src/findings/resolve.ts




/** Whether `suppression` covers `finding`; `matches` compiles each path glob once per run. */
function suppresses(suppression, finding, matches) {
    if (suppression.rule !== finding.ruleId)
        return false;
    if (suppression.target !== undefined && suppression.target !== (finding.target ?? ''))
        return false;
    if (suppression.path !== undefined && !matches(suppression.path, finding.file))
        return false;
    if (suppression.fingerprint !== undefined && finding.certificate?.sha256 !== suppression.fingerprint)
        return false;
    return true;
}
function compareFindings(a, b) {
    return (a.file.localeCompare(b.file) ||
        a.line - b.line ||
        (0,severity/* bySeverity */.Np)(a.severity, b.severity) ||
        a.ruleId.localeCompare(b.ruleId));
}
/**
 * Drafts become findings: each gets its rule's severity under the profile and
 * configuration (never above its cap), its remedy and its target; those a
 * rule turned off are dropped; those a live suppression covers are set aside
 * with its reason, and a lapsed suppression is said in the message.
 */
function resolveFindings(drafts, options) {
    const globs = new Map();
    const matches = (glob, path) => {
        let matcher = globs.get(glob);
        if (!matcher)
            globs.set(glob, (matcher = (0,inventory_glob/* globMatcher */.fU)(glob, 'suppressions.path')));
        return matcher(path);
    };
    const findings = [];
    const suppressed = [];
    const { target } = options;
    for (const { ruleId, draft } of drafts) {
        const configured = options.severities.get(ruleId) ?? 'error';
        if (configured === 'off')
            continue;
        const finding = {
            ...(target ? { target } : {}),
            ruleId,
            severity: draft.atMost ? (0,severity/* capSeverity */.Id)(configured, draft.atMost) : configured,
            message: draft.message,
            file: draft.file,
            line: draft.line,
            endLine: draft.endLine,
            ...(draft.certificate
                ? { certificate: { subject: draft.certificate.subject.text, sha256: draft.certificate.sha256 } }
                : {}),
            remedy: (0,rules_registry/* findRule */.I)(ruleId)?.remedy ?? '',
            ...(draft.command ? { command: draft.command } : {}),
            ...(draft.fix ? { fix: draft.fix } : {}),
        };
        const suppression = options.suppressions.find((candidate) => suppresses(candidate, finding, matches));
        if (suppression && (!suppression.expires || suppression.expires.getTime() > options.at.getTime())) {
            suppressed.push({ ...finding, reason: suppression.reason });
            continue;
        }
        if (suppression?.expires)
            finding.message += ` (Its suppression lapsed on ${(0,time/* formatDate */.Y)(suppression.expires)}: "${suppression.reason}".)`;
        findings.push(finding);
    }
    return { findings: findings.sort(compareFindings), suppressed: suppressed.sort(compareFindings) };
}

// EXTERNAL MODULE: ./src/inventory/files.ts
var inventory_files = __nccwpck_require__(1083);
// EXTERNAL MODULE: ./src/report/fingerprint.ts
var fingerprint = __nccwpck_require__(1938);
;// CONCATENATED MODULE: ./src/report/entries.ts



/** Every certificate read, as the report lists it. */
function certificateEntries(inventory, target) {
    const entries = [];
    for (const file of inventory.files) {
        if (!inventory_files/* CERTIFICATE_FILE_ROLES */.Vq.includes(file.role))
            continue;
        for (const object of file.objects)
            if (object.kind === 'certificate')
                entries.push(certificateEntry(file, object, target));
    }
    return entries;
}
/**
 * One certificate's entry, its fields set one by one in the report's order
 * (conditional spreads in one literal cost several times as much, on every
 * certificate of a large repository).
 */
function certificateEntry(file, object, target) {
    const c = object.certificate;
    const entry = {};
    if (target)
        entry.target = target;
    entry.file = file.path;
    entry.line = object.line;
    entry.endLine = object.endLine;
    entry.role = (0,client_file/* roleOf */.kp)(file, object);
    entry.subject = c.subject.text;
    entry.issuer = c.issuer.text;
    entry.serialNumber = c.serialNumber;
    entry.sha256 = c.sha256;
    entry.notBefore = c.notBefore.toISOString();
    entry.notAfter = c.notAfter.toISOString();
    entry.keyType = c.publicKey.type;
    if (c.publicKey.type !== 'EC' && c.publicKey.bits !== undefined)
        entry.keySize = c.publicKey.bits;
    if (c.publicKey.curve)
        entry.curve = c.publicKey.curve;
    entry.publicKeySha256 = c.publicKey.sha256;
    entry.signatureAlgorithm = c.signatureAlgorithm.name;
    if (c.signatureAlgorithm.hash)
        entry.signatureHash = c.signatureAlgorithm.hash;
    entry.isCA = c.basicConstraints?.ca === true;
    if (c.basicConstraints?.pathLen !== undefined)
        entry.pathLen = c.basicConstraints.pathLen;
    if (c.keyUsage)
        entry.keyUsage = c.keyUsage;
    if (c.extendedKeyUsage)
        entry.extendedKeyUsage = c.extendedKeyUsage;
    if (c.subjectKeyId)
        entry.subjectKeyId = c.subjectKeyId;
    if (c.authorityKeyId)
        entry.authorityKeyId = c.authorityKeyId;
    entry.selfSigned = c.selfSigned;
    return entry;
}
/** A truststore as the report lists it, with its canonical fingerprint (see TruststoreEntry). */
function truststoreEntry(truststore) {
    const ders = truststore.objects.map(({ object }) => object.certificate.der);
    return {
        files: truststore.files.map((file) => file.path),
        certificates: ders.length,
        sha256: (0,fingerprint/* truststoreFingerprint */._)(ders),
    };
}

// EXTERNAL MODULE: ./src/rules/definitions/configuration-change-deferred.ts
var configuration_change_deferred = __nccwpck_require__(1);
// EXTERNAL MODULE: ./src/rules/rule.ts
var rules_rule = __nccwpck_require__(281);
;// CONCATENATED MODULE: ./src/rules/severities.ts



/**
 * A rule's severity under a profile before any configuration: off where the
 * profile does not have the behaviour, capped at warning where the evidence
 * for it is a third party's or missing (unconfirmed behaviour never becomes
 * an error by default).
 */
function profileSeverity(rule, profile) {
    const application = rule.appliesTo(profile);
    if (!application)
        return 'off';
    if (application.evidence && !(0,policy/* isConfirmed */.it)(application.evidence.confidence)) {
        return (0,severity/* capSeverity */.Id)(rule.defaultSeverity, 'warning');
    }
    return rule.defaultSeverity;
}
/** Every rule's severity under the profile, with the configuration's overrides applied. */
function resolveSeverities(profile, overrides) {
    return new Map(rules_registry/* RULES */.y.map((rule) => [rule.id, overrides[rule.id] ?? profileSeverity(rule, profile)]));
}

// EXTERNAL MODULE: ./src/profiles/profile.ts + 1 modules
var profiles_profile = __nccwpck_require__(4713);
// EXTERNAL MODULE: ./src/rules/chain-rule.ts
var chain_rule = __nccwpck_require__(4613);
// EXTERNAL MODULE: ./src/rules/definitions/certificate-expired.ts
var certificate_expired = __nccwpck_require__(8737);
// EXTERNAL MODULE: ./src/rules/definitions/certificate-not-yet-valid.ts
var certificate_not_yet_valid = __nccwpck_require__(5945);
// EXTERNAL MODULE: ./src/rules/definitions/chain-signature-invalid.ts
var chain_signature_invalid = __nccwpck_require__(6434);
// EXTERNAL MODULE: ./src/rules/definitions/chain-too-long.ts
var chain_too_long = __nccwpck_require__(27);
// EXTERNAL MODULE: ./src/rules/definitions/client-auth-not-permitted.ts
var client_auth_not_permitted = __nccwpck_require__(3215);
// EXTERNAL MODULE: ./src/rules/definitions/client-certificate-is-ca.ts
var client_certificate_is_ca = __nccwpck_require__(8055);
// EXTERNAL MODULE: ./src/rules/definitions/client-certificate-revoked.ts
var client_certificate_revoked = __nccwpck_require__(4026);
// EXTERNAL MODULE: ./src/rules/definitions/client-not-end-entity.ts
var client_not_end_entity = __nccwpck_require__(7547);
// EXTERNAL MODULE: ./src/rules/definitions/crl-expired.ts
var crl_expired = __nccwpck_require__(7173);
// EXTERNAL MODULE: ./src/rules/definitions/crl-issuer-not-in-truststore.ts
var crl_issuer_not_in_truststore = __nccwpck_require__(9941);
// EXTERNAL MODULE: ./src/rules/definitions/crl-missing-for-ca.ts
var crl_missing_for_ca = __nccwpck_require__(4611);
// EXTERNAL MODULE: ./src/rules/definitions/crl-unusable.ts
var crl_unusable = __nccwpck_require__(3053);
// EXTERNAL MODULE: ./src/rules/definitions/incomplete-chain.ts
var incomplete_chain = __nccwpck_require__(1716);
// EXTERNAL MODULE: ./src/rules/definitions/insecure-signature-algorithm.ts
var insecure_signature_algorithm = __nccwpck_require__(8841);
// EXTERNAL MODULE: ./src/rules/definitions/invalid-certificate-extension.ts
var invalid_certificate_extension = __nccwpck_require__(7883);
// EXTERNAL MODULE: ./src/rules/definitions/issuer-not-ca.ts
var issuer_not_ca = __nccwpck_require__(4560);
// EXTERNAL MODULE: ./src/rules/definitions/issuer-not-found.ts
var issuer_not_found = __nccwpck_require__(790);
// EXTERNAL MODULE: ./src/rules/definitions/name-constraints-violated.ts
var name_constraints_violated = __nccwpck_require__(8177);
// EXTERNAL MODULE: ./src/rules/definitions/path-length-exceeded.ts
var path_length_exceeded = __nccwpck_require__(5988);
// EXTERNAL MODULE: ./src/rules/definitions/self-signed-certificate.ts
var self_signed_certificate = __nccwpck_require__(781);
// EXTERNAL MODULE: ./src/rules/definitions/unhandled-critical-extension.ts
var unhandled_critical_extension = __nccwpck_require__(4851);
// EXTERNAL MODULE: ./src/rules/definitions/unparseable-certificate.ts
var unparseable_certificate = __nccwpck_require__(2082);
// EXTERNAL MODULE: ./src/rules/definitions/unsupported-key-type.ts
var unsupported_key_type = __nccwpck_require__(9948);
// EXTERNAL MODULE: ./src/rules/definitions/weak-key.ts
var weak_key = __nccwpck_require__(6870);
;// CONCATENATED MODULE: ./src/rules/explainers.ts
























/** Which rule explains each kind of reason a client is refused: the compiler sees to it that every kind has one. */
const EXPLAINERS = {
    'written-ca-first': client_not_end_entity/* explainClientNotEndEntity */.I,
    'no-truststore': issuer_not_found/* explainNoTruststore */.Wm,
    'issuer-not-found': issuer_not_found/* explainIssuerNotFound */.GM,
    'root-not-in-truststore': incomplete_chain/* explainIncompleteChain */.F,
    'invalid-on-chain': invalid_certificate_extension/* explainInvalidCertificateExtension */.V,
    'self-signed': self_signed_certificate/* explainSelfSignedCertificate */.f,
    'chain-too-long': chain_too_long/* explainChainTooLong */.d,
    'unhandled-critical-extension': unhandled_critical_extension/* explainUnhandledCriticalExtension */.T,
    'issuer-not-ca': issuer_not_ca/* explainIssuerNotCa */.g,
    'explicit-ec-parameters': unsupported_key_type/* explainUnsupportedKeyType */.O,
    purpose: client_auth_not_permitted/* explainClientAuthNotPermitted */.E,
    'path-length-exceeded': path_length_exceeded/* explainPathLengthExceeded */.s,
    'signature-invalid': chain_signature_invalid/* explainChainSignatureInvalid */._,
    expired: certificate_expired/* explainCertificateExpired */.G,
    'not-yet-valid': certificate_not_yet_valid/* explainCertificateNotYetValid */.k,
    'name-constraints-violated': name_constraints_violated/* explainNameConstraintsViolated */.h,
    'crl-missing': crl_missing_for_ca/* explainCrlMissingForCa */.W,
    'crl-no-crl-sign': crl_issuer_not_in_truststore/* explainCrlIssuerNotInTruststore */.F,
    'crl-scope': crl_unusable/* explainCrlUnusable */._,
    'crl-not-yet-valid': crl_expired/* explainCrlExpired */.Q,
    'crl-expired': crl_expired/* explainCrlExpired */.Q,
    'crl-signature': crl_issuer_not_in_truststore/* explainCrlIssuerNotInTruststore */.F,
    'crl-critical-extension': crl_unusable/* explainCrlUnusable */._,
    revoked: client_certificate_revoked/* explainClientCertificateRevoked */.A,
    'key-too-weak': weak_key/* explainWeakKey */.n6,
    'key-not-supported': unsupported_key_type/* explainUnsupportedKeyType */.O,
    'signature-not-accepted': insecure_signature_algorithm/* explainInsecureSignatureAlgorithm */.z,
    'purpose-not-client-auth': client_auth_not_permitted/* explainClientAuthNotPermitted */.E,
    'ca-as-client': client_certificate_is_ca/* explainClientCertificateIsCa */.g,
    unparseable: unparseable_certificate/* explainUnparseableCertificate */.B,
};
/** The explainer of `problem`'s kind, typed for any problem (each entry takes only its own kind). */
function explainerOf(problem) {
    return EXPLAINERS[problem.kind];
}
/** The rule whose finding explains `problem`. */
function ruleExplaining(problem) {
    return explainerOf(problem).rule;
}
/** The finding's message for a client refused (or at risk) because of `problem`. */
function describeProblem(problem, chain, context) {
    return explainerOf(problem).describe(problem, chain, context);
}
/** The mechanical fix for `problem`, where its rule has one. */
function fixFor(problem, chain, context) {
    return explainerOf(problem).fix?.(problem, chain, context);
}
/** The ids of the rules that explain client problems (documentation lists them as chain rules). */
const EXPLAINING_RULE_IDS = new Set(Object.values(EXPLAINERS).map((explainer) => explainer.rule.id));

;// CONCATENATED MODULE: ./src/verdicts/clients.ts






/**
 * Why a finding that would refuse a client is not an error here, so the
 * message does not contradict the verdict: the gateway's behaviour is not
 * confirmed, or the configuration lowered the rule.
 */
function countedAsAccepted(rule, context, severity) {
    const { profile } = context;
    if (profileSeverity(rule, profile) === 'error')
        return ` (The configuration makes this a ${severity}, so the client is counted as accepted.)`;
    const evidence = rule.appliesTo(profile)?.evidence;
    const how = evidence ? ` (${profiles_profile/* CONFIDENCE_WORDS */.n[evidence.confidence]})` : '';
    return ` (That ${profile.wording.gateway} refuses it is not confirmed${how}, so this is a ${severity} and the client is counted as accepted.)`;
}
/**
 * One finding per client that some problem refuses or puts at risk: the first
 * refusing reason (its rule is an error) that no finding on the client's own
 * certificate already states (the leaf's expiry, key or signature). A broken
 * CA thus yields its own finding and one per client that depends on it,
 * never one per reason.
 */
function explainClients(chains, context, severities, drafts) {
    const severityOf = (problem) => severities.get(ruleExplaining(problem).id) ?? 'off';
    const stated = (problem, chain) => {
        const rule = ruleExplaining(problem).id;
        const subject = (0,chain_rule/* subjectOf */.et)(problem);
        return drafts.some(({ ruleId, draft }) => ruleId === rule &&
            draft.atMost === undefined &&
            draft.certificate === subject &&
            draft.file === chain.file.path &&
            draft.line === chain.leaf.line);
    };
    const crlFiles = [...new Set(chains.crls.all.map((given) => given.file.path))];
    const explained = [];
    for (const chain of chains.clients) {
        const relevant = chain.problems.filter((problem) => severityOf(problem) !== 'off');
        const refusing = relevant.filter((problem) => severityOf(problem) === 'error');
        const primary = (refusing.length > 0 ? refusing : relevant).find((problem) => !stated(problem, chain));
        if (!primary)
            continue;
        const { file, leaf } = chain;
        try {
            const rule = ruleExplaining(primary);
            const severity = severityOf(primary);
            const fix = fixFor(primary, chain, context);
            explained.push({
                ruleId: rule.id,
                draft: {
                    message: describeProblem(primary, chain, context) +
                        (severity === 'error' ? '' : countedAsAccepted(rule, context, severity)),
                    file: file.path,
                    line: leaf.line,
                    endLine: leaf.endLine,
                    certificate: leaf.certificate,
                    // openssl verify stands for OpenSSL's verification only; Go's has no command line.
                    ...(context.profile.chain.verifier === 'go'
                        ? {}
                        : { command: (0,chain_rule/* verifyCommand */.p0)(context.profile, chain, crlFiles) }),
                    ...(fix ? { fix } : {}),
                },
            });
        }
        catch (error) {
            explained.push({
                ruleId: rules_rule/* INTERNAL_ERROR_RULE_ID */.YV,
                draft: (0,rules_rule/* internalError */.WB)(file.path, leaf.line, leaf.endLine, 'describing a client chain', error),
            });
        }
    }
    return explained;
}
/**
 * The gateway's verdict on every client, read from the findings, so no
 * channel can contradict another: a client is refused exactly when an error
 * finding (suppressed or not) is on one of the certificates of its file. Its
 * reasons are those findings' messages, worst first, then what its other
 * problems would add.
 */
function clientVerdicts(chains, findings, suppressed, context, severities) {
    const byFile = new Map();
    for (const finding of [...findings, ...suppressed]) {
        if (finding.severity === 'notice' || !finding.certificate)
            continue;
        const list = byFile.get(finding.file) ?? [];
        list.push(finding);
        byFile.set(finding.file, list);
    }
    const brief = (certificate) => ({ subject: certificate.subject.text, sha256: certificate.sha256 });
    return chains.clients.map((chain) => {
        const { file, leaf } = chain;
        const own = new Set((0,inventory/* certificatesOf */.mm)(file).map((object) => object.certificate.sha256));
        const onClient = (byFile.get(file.path) ?? [])
            .filter((finding) => own.has(finding.certificate.sha256))
            .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
        const accepted = !onClient.some((finding) => finding.severity === 'error');
        const said = new Set(onClient.map((finding) => finding.ruleId));
        const others = [];
        for (const problem of chain.problems) {
            const rule = ruleExplaining(problem).id;
            if (said.has(rule) || (severities.get(rule) ?? 'off') === 'off')
                continue;
            try {
                others.push(describeProblem(problem, chain, context));
            }
            catch {
                // The client's own finding already carries the internal error.
            }
        }
        const reasons = [...onClient.map((finding) => finding.message), ...others];
        const logged = accepted ? undefined : (0,rules_rule/* loggedRefusal */.n7)(context.profile, chain);
        return {
            ...(context.target ? { target: context.target } : {}),
            file: file.path,
            line: leaf.line,
            subject: leaf.certificate.subject.text,
            sha256: leaf.certificate.sha256,
            accepted,
            valid: accepted,
            truststore: chain.truststore.name,
            path: chain.built.chain.map(brief),
            ...(reasons.length > 0 ? { reasons } : {}),
            ...(logged ? { logged } : {}),
        };
    });
}

;// CONCATENATED MODULE: ./src/pipeline/check-part.ts








/** What every rule that is on says about the files and certificates; a rule that throws becomes an internal error. */
function ruleDrafts(context, severities) {
    const drafts = [];
    for (const rule of rules_registry/* RULES */.y) {
        if (severities.get(rule.id) === 'off' || !rule.check)
            continue;
        try {
            for (const draft of rule.check(context))
                drafts.push({ ruleId: draft.ruleId ?? rule.id, draft });
        }
        catch (error) {
            // A rule that throws outside its per-certificate checks cannot say on which file; name the first so it is not lost.
            const file = context.inventory.files[0]?.path ?? '.';
            drafts.push({
                ruleId: rules_rule/* INTERNAL_ERROR_RULE_ID */.YV,
                draft: (0,rules_rule/* internalError */.WB)(file, 1, 1, `running rule ${rule.id}`, error),
            });
        }
    }
    return drafts;
}
/**
 * One part of a target's check (see batches/parts.ts), as a pipeline: the
 * part's client chains, what the rules say about its files, what explains
 * each client's refusal, the findings under the profile and configuration,
 * and the one verdict per client every channel reads. The first part, which
 * holds the truststores, also finds their gaps and says the deferred policy
 * and discovery's notes.
 * Never throws for bad certificates.
 */
function checkPart(part, trust, options, first) {
    const { profile, at } = options;
    const target = options.target ?? '';
    const judged = judgeClients(part.files, trust, profile, at);
    const chains = { ...trust, ...judged, gaps: first ? truststoreGaps(trust, at) : [] };
    const context = {
        inventory: part,
        profile,
        at,
        expiryWarningDays: options.expiryWarningDays,
        chains,
        target,
        // Discovery's notes are about the infrastructure code, not a part's files: the first part says them.
        ...(first && options.discovery ? { discovery: options.discovery } : {}),
    };
    const severities = resolveSeverities(profile, options.severities);
    const drafts = [];
    if (first && options.deferredPolicy)
        drafts.push({ ruleId: configuration_change_deferred/* configurationChangeDeferred */.w.id, draft: (0,configuration_change_deferred/* deferredPolicyDraft */.r)(options.deferredPolicy) });
    for (const file of part.files)
        if (file.readerError !== undefined)
            drafts.push({
                ruleId: rules_rule/* INTERNAL_ERROR_RULE_ID */.YV,
                draft: (0,rules_rule/* internalError */.WB)(file.path, 1, 1, 'reading the file', file.readerError),
            });
    for (const { file, object, error } of chains.crashes)
        drafts.push({
            ruleId: rules_rule/* INTERNAL_ERROR_RULE_ID */.YV,
            draft: (0,rules_rule/* internalError */.WB)(file.path, object.line, object.endLine, 'validating the chain', error),
        });
    drafts.push(...ruleDrafts(context, severities));
    drafts.push(...explainClients(chains, context, severities, drafts));
    const { findings, suppressed } = resolveFindings(drafts, {
        severities,
        suppressions: options.suppressions,
        at,
        target,
    });
    const verdicts = clientVerdicts(chains, findings, suppressed, context, severities);
    return { findings, suppressed, certificates: certificateEntries(part, target), chains: verdicts };
}

;// CONCATENATED MODULE: ./src/batches/merge.ts



/** Fields of certificate entries that few distinct values fill: the CAs', the algorithms'. */
const REPEATED_FIELDS = [
    'target',
    'role',
    'issuer',
    'keyType',
    'curve',
    'signatureAlgorithm',
    'signatureHash',
    'authorityKeyId',
    'keyUsage',
    'extendedKeyUsage',
];
/**
 * Keeps one copy of what the parts repeat, so a report of 100,000 clients
 * holds each CA's name, each path link and each algorithm once: a part from
 * a worker arrives as fresh copies of every string. Values are unchanged;
 * only which equal copy is kept.
 */
class PartCompactor {
    /** By field, then by value (arrays by their members joined). */
    fields = new Map();
    one(field, key, value) {
        let values = this.fields.get(field);
        if (!values)
            this.fields.set(field, (values = new Map()));
        const known = values.get(key);
        if (known !== undefined)
            return known;
        values.set(key, value);
        return value;
    }
    compact(part) {
        const clients = new Map();
        for (const chain of part.chains) {
            if (chain.truststore !== undefined)
                chain.truststore = this.one('truststore', chain.truststore, chain.truststore);
            // A link is a certificate's subject and fingerprint: the fingerprint decides both.
            chain.path = chain.path.map((link, index) => index === 0 ? link : this.one('link', `${link.sha256}\0${link.subject}`, link));
            // The client's own certificate is said three times: the chain, its first link, its certificate entry.
            const [own] = chain.path;
            if (own?.sha256 === chain.sha256 && own.subject === chain.subject) {
                own.sha256 = chain.sha256;
                own.subject = chain.subject;
            }
            clients.set(chain.file, chain);
        }
        for (const entry of part.certificates) {
            const client = clients.get(entry.file);
            if (client && entry.sha256 === client.sha256 && entry.subject === client.subject) {
                entry.file = client.file;
                entry.sha256 = client.sha256;
                entry.subject = client.subject;
            }
            const fields = entry;
            for (const field of REPEATED_FIELDS) {
                const value = fields[field];
                if (typeof value === 'string')
                    fields[field] = this.one(field, value, value);
                else if (Array.isArray(value))
                    fields[field] = this.one(field, value.join('\0'), value);
            }
        }
        return part;
    }
}
/**
 * Two findings that say the same thing: a rule reporting on the truststore
 * from every part (duplicate-certificate), or on a truststore CA from the
 * parts whose clients go through it (crl-missing-for-ca, whose message names
 * the first such client, so the message is not compared when there is a
 * certificate).
 */
function sameFinding(finding) {
    return [
        finding.ruleId,
        finding.file,
        finding.line,
        finding.endLine,
        finding.certificate?.sha256 ?? finding.message,
    ].join('\0');
}
/**
 * The parts' findings, certificates and client verdicts as one target's, in
 * the order a single pass makes them: findings sorted as resolveFindings
 * sorts them, certificates and clients in file order. A part's finding on a
 * file of another part (the truststore, seen from a part of clients) is kept
 * only when no part has said it already: the rules of each part see the
 * truststores, and only the part holding them speaks of them unprompted.
 * `fileOrder`: a file's index in the inventory, by path.
 */
function mergeParts(parts, partOf, fileOrder) {
    const said = new Set();
    const owned = (finding, part) => (partOf.get(finding.file) ?? part) === part;
    parts.forEach((part, index) => {
        for (const finding of [...part.findings, ...part.suppressed])
            if (owned(finding, index))
                said.add(sameFinding(finding));
    });
    const keep = (list, index) => list.filter((finding) => {
        if (owned(finding, index))
            return true;
        const key = sameFinding(finding);
        if (said.has(key))
            return false;
        said.add(key);
        return true;
    });
    const findings = parts.flatMap((part, index) => keep(part.findings, index)).sort(compareFindings);
    const suppressed = parts.flatMap((part, index) => keep(part.suppressed, index)).sort(compareFindings);
    const inFileOrder = (entries) => parts.length === 1 ? entries : entries.sort((a, b) => fileOrder.get(a.file) - fileOrder.get(b.file));
    return {
        findings,
        suppressed,
        certificates: inFileOrder(parts.flatMap((part) => part.certificates)),
        chains: inFileOrder(parts.flatMap((part) => part.chains)),
    };
}
/** A target's report from the reports of its parts; `files`: every file of the inventory, in order. */
function targetReport(parts, partFiles, files, truststores, options) {
    const partOf = new Map(partFiles.flatMap((paths, index) => paths.map((file) => [file, index])));
    const { findings, suppressed, certificates, chains } = mergeParts(parts, partOf, new Map(files.map((file, index) => [file, index])));
    const summary = (0,report_report/* summarise */.fS)(findings, files.length, certificates.length, chains);
    const named = { id: options.profile.id, name: options.profile.name };
    const target = options.target ?? '';
    return {
        version: 1,
        profile: named,
        targets: [
            {
                name: target,
                profile: named,
                ...(options.origin ? { origin: options.origin } : {}),
                summary,
                truststores: truststores.map(truststoreEntry),
            },
        ],
        summary,
        findings,
        certificates,
        chains,
        suppressed,
    };
}

;// CONCATENATED MODULE: ./src/batches/parts.ts

/**
 * The files of an inventory (by index) in parts that can be judged apart,
 * each against the same truststores and CRLs. The first part holds every
 * truststore and CRL file, and is the only part whose rules speak of them;
 * the others hold client files, about `size` files each, in order. Files
 * that pair by name (a certificate and its key: client.pem, client.key) stay
 * in one part, so the rule comparing them sees both; such a group with a
 * truststore or CRL file in it joins the first part.
 */
function splitIntoParts(files, size) {
    const groups = new Map();
    files.forEach((file, index) => {
        const key = (0,inventory_files/* pairingBaseName */.jZ)(file.path);
        const group = groups.get(key);
        if (group)
            group.push(index);
        else
            groups.set(key, [index]);
    });
    const first = [];
    const parts = [];
    let current = [];
    for (const group of groups.values()) {
        if (group.some((index) => files[index].role === 'truststore' || files[index].role === 'crl')) {
            first.push(...group);
            continue;
        }
        if (current.length > 0 && current.length + group.length > size) {
            parts.push(current);
            current = [];
        }
        current.push(...group);
    }
    if (current.length > 0)
        parts.push(current);
    const ascending = (a, b) => a - b;
    return [first.sort(ascending), ...parts.map((part) => part.sort(ascending))];
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./src/batches/protocol.ts
// What the caller (threads.ts) and its workers (serve-jobs.ts) exchange.

let loaded;
const workerThreads = () => (loaded ??= (0,external_node_module_namespaceObject.createRequire)(import.meta.url)('node:worker_threads'));
/** A job's claim: open (handed out or not), begun by the worker it was sent to, or taken back by the caller. */
const CLAIM = { open: 0, worker: 1, caller: 2 };

;// CONCATENATED MODULE: ./src/batches/threads.ts





/**
 * Jobs spread over worker threads while the engine stays synchronous: the
 * calling thread takes jobs itself, and between two of its own it collects
 * what the workers finished with receiveMessageOnPort; when it has nothing
 * left to do it sleeps in Atomics.wait until a worker signals a result. No
 * event loop turn is needed, so runCheck keeps its signature.
 */
/** The worker bundle, beside the running one: scripts/build.mjs puts it there (ncc does not follow `new Worker`). */
const WORKER_SCRIPT = external_node_path_default().join('batch-worker', 'index.js');
/**
 * Overrides the number of threads (1: none besides the caller), for tests and
 * for measuring; set, it also has each run say on stderr which thread judged
 * how many parts, so a test can tell the workers really ran.
 */
const THREADS_VARIABLE = 'TRUSTSTORE_CHECK_THREADS';
/**
 * Below this many client files one thread does everything: starting a worker
 * (a Node isolate, the worker bundle, its own copy of the truststore) costs
 * more than it saves. Measured on a 2-core machine, see BENCHMARKS.md.
 */
const MIN_CLIENTS_FOR_THREADS = 1500;
/** Jobs queued on each worker, so it never waits for the caller to hand it the next. */
const QUEUED_PER_WORKER = 2;
/**
 * When no worker has returned a result for this long, the caller judges an
 * outstanding job itself (a later result for it is ignored): a worker that
 * died (out of memory) or hangs costs time, never the check.
 */
const STALL_MS = 20_000;
function workerScript() {
    const script = external_node_path_default().join(external_node_path_default().dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url)), WORKER_SCRIPT);
    return (0,external_node_fs_.existsSync)(script) ? script : undefined;
}
/** Overrides whether the caller only coordinates (`1`) or takes jobs too (`0`): see Spread.coordinate. */
const COORDINATE_VARIABLE = 'TRUSTSTORE_CHECK_COORDINATE';
/** Whether the caller only coordinates: the variable's say, or `large` (the caller's own judgement). */
function coordinates(large) {
    const forced = process.env[COORDINATE_VARIABLE];
    if (forced === '1' || forced === '0')
        return forced === '1';
    if (forced !== undefined && forced !== '')
        throw new Error(`${COORDINATE_VARIABLE}: expected 1 or 0, got "${forced}"`);
    return large;
}
/** How many threads judge `clientFiles` client files: every core above the threshold, one below it. */
function threadCount(clientFiles) {
    const forced = process.env[THREADS_VARIABLE];
    if (forced !== undefined && forced !== '') {
        if (!/^[1-9][0-9]{0,2}$/.test(forced))
            throw new Error(`${THREADS_VARIABLE}: expected a whole number from 1 to 999, got "${forced}"`);
        if (forced !== '1' && !workerScript())
            throw new Error(`${THREADS_VARIABLE}: the worker bundle (${WORKER_SCRIPT}) is not beside this script`);
        return Number(forced);
    }
    if (clientFiles < MIN_CLIENTS_FOR_THREADS || !workerScript())
        return 1;
    return (0,external_node_os_namespaceObject.availableParallelism)();
}
/** Runs every job, on the calling thread and `threads - 1` workers (or `threads` workers, coordinating); the results by index. */
function spreadJobs(spread) {
    const results = new Array(spread.count);
    let done = 0;
    let judgedHere = 0;
    const finish = (index, result) => {
        if (results[index] !== undefined)
            return;
        results[index] = result;
        done++;
    };
    const signal = new Int32Array(new SharedArrayBuffer(4));
    const claims = new Int32Array(new SharedArrayBuffer(4 * Math.max(spread.count, 1)));
    const script = spread.threads > 1 ? workerScript() : undefined;
    const helpers = [];
    const coordinate = spread.coordinate === true && script !== undefined;
    const workers = script ? Math.min(spread.threads - (coordinate ? 0 : 1), spread.count) : 0;
    for (let i = 0; i < workers; i++) {
        const { port1, port2 } = new (workerThreads().MessageChannel)();
        const data = { port: port2, signal, claims, preamble: spread.preamble };
        const worker = new (workerThreads().Worker)(script, {
            workerData: data,
            transferList: [port2],
            // A young generation of 12 MB rather than V8's default (up to 48): 20 MB less per worker, the same time.
            resourceLimits: { maxYoungGenerationSizeMb: 12 },
        });
        worker.unref();
        helpers.push({ worker, port: port1, pending: new Set(), failed: false, judged: 0 });
    }
    let next = 0;
    /** Jobs to run here: a worker failed them, or stalled on them. */
    const retry = [];
    let lastProgress = Date.now();
    const collect = () => {
        const receive = (port) => workerThreads().receiveMessageOnPort(port);
        for (const helper of helpers) {
            for (let reply = receive(helper.port); reply; reply = receive(helper.port)) {
                const message = reply.message;
                helper.pending.delete(message.index);
                lastProgress = Date.now();
                if ('skipped' in message)
                    continue;
                if ('error' in message) {
                    // Judged here again: the same error then surfaces as it would without workers.
                    helper.failed = true;
                    retry.push(message.index, ...helper.pending);
                    helper.pending.clear();
                }
                else if (results[message.index] === undefined) {
                    spread.received?.(message.result);
                    finish(message.index, message.result);
                    helper.judged++;
                }
            }
        }
    };
    const hand = () => {
        for (const [number, helper] of helpers.entries()) {
            while (!helper.failed && helper.pending.size < QUEUED_PER_WORKER && next < spread.count) {
                const index = next++;
                const { job, transfer } = spread.job(index, number);
                helper.pending.add(index);
                helper.port.postMessage({ index, job }, transfer ?? []);
            }
        }
    };
    /**
     * A job queued on a worker behind another, and not begun, taken back to run
     * here: at the end, the caller would otherwise wait while a worker works
     * through its queue. Each worker keeps the first job it was sent, so every
     * worker started judges at least one part (the tests of the workers rely
     * on it).
     */
    const takeBack = () => {
        if (coordinate)
            return undefined;
        for (const helper of helpers) {
            const queued = [...helper.pending];
            for (const index of queued.slice(1).reverse())
                if (Atomics.compareExchange(claims, index, CLAIM.open, CLAIM.caller) === CLAIM.open) {
                    helper.pending.delete(index);
                    return index;
                }
        }
        return undefined;
    };
    let lastDone = false;
    try {
        hand();
        spread.meanwhile?.();
        if (helpers.length > 0) {
            const setup = spread.setup();
            for (const helper of helpers) {
                try {
                    helper.port.postMessage({ setup });
                }
                catch {
                    // A setup that cannot be sent (not plain data): the jobs handed to the worker are judged here.
                    helper.failed = true;
                    retry.push(...helper.pending);
                    helper.pending.clear();
                }
            }
        }
        while (done < spread.count || !lastDone) {
            const seen = Atomics.load(signal, 0);
            collect();
            hand();
            const takeNext = next < spread.count && (!coordinate || helpers.every((helper) => helper.failed));
            const mine = retry.shift() ?? (takeNext ? next++ : undefined);
            if (mine !== undefined) {
                if (results[mine] === undefined) {
                    finish(mine, spread.here(mine));
                    judgedHere++;
                }
                continue;
            }
            if (!lastDone) {
                lastDone = true;
                spread.last?.();
                lastProgress = Date.now();
                continue;
            }
            if (done === spread.count)
                break;
            const taken = takeBack();
            if (taken !== undefined) {
                finish(taken, spread.here(taken));
                judgedHere++;
                continue;
            }
            if (Date.now() - lastProgress > STALL_MS) {
                const stalled = helpers.flatMap((helper) => [...helper.pending]).find((index) => results[index] === undefined);
                if (stalled !== undefined) {
                    finish(stalled, spread.here(stalled));
                    judgedHere++;
                    lastProgress = Date.now();
                }
                continue;
            }
            Atomics.wait(signal, 0, seen, 1000);
        }
        if (process.env[THREADS_VARIABLE])
            process.stderr.write(`truststore-check: ${spread.count} parts; judged here: ${judgedHere}, by ${helpers.length} workers: ${helpers.map((helper) => helper.judged).join(', ')}\n`);
    }
    finally {
        for (const helper of helpers) {
            helper.port.close();
            void helper.worker.terminate();
        }
    }
    return results;
}

;// CONCATENATED MODULE: ./src/batches/check-in-parts.ts








/** Files per part: bounds the memory a thread holds at once, besides the truststores. */
const PART_SIZE = 250;
/**
 * From this many client files, the calling thread only coordinates and every
 * core runs a worker: the caller holds the results, and judging half the
 * parts too let their garbage pile up beside them (100,000 clients peaked
 * near 600 MB; coordinating, see BENCHMARKS.md). Below it the caller's share
 * of the work is worth more than the worker it would take to replace it.
 */
const MIN_CLIENTS_TO_COORDINATE = 20_000;
function fileOf(file, content, limits) {
    return content instanceof Uint8Array ? (0,inventory/* sourceFile */.sm)(file.path, file.role, content, limits.maxObjectsPerFile) : content;
}
/** The trust a worker judges against: the truststore and CRL files the caller read, parsed there or here. */
function trustOf(preamble, setup, verifier) {
    const files = setup.trustFiles.map(({ file, content }) => fileOf(file, content, preamble.limits));
    return analyseTrust({ files, bundles: setup.bundles.map((bundle) => bundle.map((index) => files[index])) }, verifier);
}
/**
 * One target's check with its files read and judged part by part (see
 * parts.ts), so memory holds the truststores and a part per thread, not the
 * repository: the first part (the truststores, CRLs and the files paired
 * with them) on this thread, the client parts here and, with enough clients,
 * on worker threads. The report is the one checkInventory makes.
 */
function checkInParts(plan, options, 
/** Tests set how many threads, how many files a part, whether the caller only coordinates (the constants decide otherwise). */
layout = {}) {
    const verifier = options.verifier ?? new signatures_SignatureVerifier();
    // A verifier given by the caller is shared with another run (the base of a change): every check comes back to it,
    // and the workers start from it. Otherwise only the checks of CA certificates' signatures travel, which clients
    // under one CA on several threads need alike, and the first part's gaps all: a client's own is needed once.
    const share = options.verifier !== undefined;
    const checksSince = (since) => (share ? verifier.known(since) : verifier.authorityKnown(since));
    const checkCount = () => (share ? verifier.size : verifier.authoritySize);
    const clients = plan.files.filter((file) => file.role === 'client').length;
    const threads = layout.threads ?? threadCount(clients);
    // With workers, parts small enough that every thread gets several: none waits long for the last.
    const size = layout.partSize ?? (threads === 1 ? PART_SIZE : Math.min(PART_SIZE, Math.ceil(clients / (threads * 4))));
    const partIndexes = splitIntoParts(plan.files, size);
    const [firstIndexes, ...rest] = partIndexes;
    const contentOf = (index) => (0,inventory/* readBytes */.io)(plan.tree, plan.files[index], plan.limits);
    const read = (indexes) => indexes.map((index) => fileOf(plan.files[index], contentOf(index), plan.limits));
    const firstContents = new Map(firstIndexes.map((index) => [index, contentOf(index)]));
    const trustIndexes = firstIndexes.filter((index) => ['truststore', 'crl'].includes(plan.files[index].role));
    const fromDisk = plan.tree instanceof file_tree/* Walker */.J;
    // A profile's options are functions the configuration loader applies: the checks never read them, and a message
    // cannot carry them. Only CheckOptions themselves travel (the caller may pass all its settings).
    // Every key is listed (`satisfies`), so an option added to CheckOptions fails to compile here until it is passed on.
    const partOptions = {
        profile: { ...options.profile, options: undefined },
        target: options.target,
        at: options.at,
        expiryWarningDays: options.expiryWarningDays,
        severities: options.severities,
        suppressions: options.suppressions,
    };
    // Parsed while the workers start and read their first parts, then sent to them: a large bundle is parsed once,
    // not once per thread.
    let firstFiles = [];
    let bundles = [];
    let trust;
    /** The truststore and CRL files as parsed here, or as read where a CRL makes the parsed file more than plain data. */
    const trustContents = new Map();
    const sent = [];
    const compactor = new PartCompactor();
    let first;
    const results = spreadJobs({
        count: rest.length,
        threads,
        coordinate: layout.coordinate ?? coordinates(clients >= MIN_CLIENTS_TO_COORDINATE),
        preamble: { root: plan.root, fromDisk, limits: plan.limits },
        setup: () => ({
            options: partOptions,
            share,
            trustFiles: trustIndexes.map((index) => ({ file: plan.files[index], content: trustContents.get(index) })),
            bundles: plan.bundles.map((bundle) => bundle.map((index) => trustIndexes.indexOf(index))),
        }),
        meanwhile: () => {
            firstFiles = firstIndexes.map((index) => fileOf(plan.files[index], firstContents.get(index), plan.limits));
            const trustSet = new Set(trustIndexes);
            firstIndexes.forEach((index, position) => {
                if (!trustSet.has(index))
                    return;
                const parsed = firstFiles[position];
                // A parsed CRL looks its entries up through a function, which a message cannot carry: its file goes as bytes.
                const plain = parsed.objects.every((object) => object.kind !== 'crl');
                trustContents.set(index, plain ? parsed : firstContents.get(index));
            });
            firstContents.clear();
            const inFirst = new Map(firstIndexes.map((index, position) => [index, firstFiles[position]]));
            bundles = plan.bundles.map((bundle) => bundle.map((index) => inFirst.get(index)));
            trust = analysis_analyseTrust({ files: firstFiles, bundles }, verifier);
        },
        // Last: by then the clients' chains have checked the signatures the bundles' gaps need.
        last: () => {
            first = checkPart({ root: plan.root, files: firstFiles, bundles }, trust, options, true);
        },
        job: (index, worker) => {
            const files = rest[index].map((file) => plan.files[file]);
            const signatures = checksSince(sent[worker] ?? 0);
            sent[worker] = checkCount();
            if (fromDisk)
                return { job: { files, signatures } };
            // Copied out of the tree's buffers, so only the file's bytes travel.
            const contents = rest[index].map((file) => {
                const content = contentOf(file);
                return content instanceof Uint8Array ? new Uint8Array(content) : content;
            });
            const transfer = contents.flatMap((content) => (content instanceof Uint8Array ? [content.buffer] : []));
            return { job: { files, contents, signatures }, transfer };
        },
        here: (index) => ({
            part: compactor.compact(checkPart({ root: plan.root, files: read(rest[index]), bundles }, trust, options, false)),
            signatures: [],
        }),
        received: (result) => {
            verifier.learn(result.signatures);
            compactor.compact(result.part);
        },
    });
    const paths = (indexes) => indexes.map((index) => plan.files[index].path);
    return targetReport([first, ...results.map((result) => result.part)], partIndexes.map(paths), plan.files.map((file) => file.path), trust.truststores, options);
}

;// CONCATENATED MODULE: ./src/engine.ts










/** One target's check of an inventory held in memory: its parts judged one after the other. */
function checkInventory(inventory, options) {
    const trust = analysis_analyseTrust(inventory, options.verifier);
    const partFiles = splitIntoParts(inventory.files, Infinity).map((indexes) => indexes.map((index) => inventory.files[index]));
    const parts = partFiles.map((files, index) => checkPart({ ...inventory, files }, trust, options, index === 0));
    const paths = (files) => files.map((file) => file.path);
    return targetReport(parts, partFiles.map(paths), paths(inventory.files), trust.truststores, options);
}
/**
 * What one target reads: its globs under the settings' root and limits, from
 * the working tree or from `tree`, another commit's (the base of a change),
 * which may lack what the globs match today.
 */
function inventoryRequest(settings, target, tree) {
    return {
        root: settings.root,
        truststore: target.truststore,
        bundle: target.truststoreIsBundle,
        clients: target.clients,
        crls: target.crls,
        limits: settings.limits,
        ...(tree ? { tree: (0,findings/* withEmbedded */.t)(tree, settings.discovery?.embedded), unmatchedOk: true } : {}),
        ...(!tree && settings.discovery?.embedded.size
            ? { tree: (0,findings/* withEmbedded */.t)(new file_tree/* Walker */.J(settings.root), settings.discovery.embedded) }
            : {}),
    };
}
/**
 * Finds the files of every target, reads them and checks each against its
 * own profile; one report holds them all. Throws UsageError for bad globs.
 * `tree`: read the files from there instead of the working tree;
 * `verifier`: signature checks to share with another run.
 */
function runCheck(settings, tree, verifier) {
    const files = new Set();
    const { deferredPolicy, discovery, ...common } = settings;
    // Infrastructure code that configures no truststore discovery could follow: its notes are the whole report.
    if (settings.targets.length === 0)
        return checkInventory({ root: settings.root, files: [], bundles: [] }, {
            ...common,
            ...(deferredPolicy ? { deferredPolicy } : {}),
            profile: registry/* DEFAULT_PROFILE */.KG,
            discovery: (0,findings/* notesFor */.v)(discovery, '', true),
        });
    const reports = settings.targets.map((target, index) => {
        const plan = (0,inventory/* planInventory */.g6)(inventoryRequest(settings, target, tree));
        for (const file of plan.files)
            files.add(file.path);
        // The deferred configuration change and notes about no target in particular are said once, with the first target.
        return checkInParts(plan, {
            ...common,
            ...(index === 0 && deferredPolicy ? { deferredPolicy } : {}),
            ...(discovery ? { discovery: (0,findings/* notesFor */.v)(discovery, target.name, index === 0) } : {}),
            ...(target.origin ? { origin: target.origin } : {}),
            profile: target.profile,
            target: target.name,
            ...(verifier ? { verifier } : {}),
        });
    });
    return reports.length === 1 ? reports[0] : (0,report_report/* mergeReports */.C1)(reports, files.size);
}

;// CONCATENATED MODULE: ./src/findings/identity.ts

/**
 * What makes two findings the same finding, in one place: the review and
 * SARIF fingerprint a finding to find it again on the next run, and a
 * change review matches the head's findings with the base's to tell which
 * are new.
 */
/**
 * A fingerprint of a finding that survives unrelated edits: the rule, the
 * file and the certificate (or, for whole-file findings, the line), never the
 * message (expiry messages change every day).
 */
function findingFingerprint(finding, repoPath) {
    const anchor = finding.certificate?.sha256 ?? `line:${finding.line}`;
    const target = finding.target ? `\0${finding.target}` : '';
    return (0,external_node_crypto_.createHash)('sha256').update(`${finding.ruleId}\0${repoPath}\0${anchor}${target}`).digest('hex').slice(0, 32);
}
/**
 * What identifies a finding across commits: its rule, target, file and
 * certificate (or, without one, its words with line numbers taken out), so
 * a moved or reordered block is the same finding.
 */
function findingKey(finding) {
    const what = finding.certificate?.sha256 ?? finding.message.replace(/\blines? \d+(-\d+)?/g, 'line');
    return [finding.target ?? '', finding.ruleId, finding.file, what].join('\0');
}

;// CONCATENATED MODULE: ./src/report/changes.ts


function changedCertificate(entry) {
    return {
        ...(entry.target ? { target: entry.target } : {}),
        file: entry.file,
        line: entry.line,
        endLine: entry.endLine,
        subject: entry.subject,
        sha256: entry.sha256,
        notAfter: entry.notAfter,
    };
}
/** The truststore certificates of a report by target and fingerprint; the first block of each wins. */
function truststoreCertificates(report) {
    const found = new Map();
    for (const entry of report.certificates) {
        if (entry.role !== 'truststore')
            continue;
        const key = (0,report_report/* targetKey */.hD)(entry.target, entry.sha256);
        if (!found.has(key))
            found.set(key, entry);
    }
    return found;
}
const verdictOf = (chain) => chain === undefined ? 'absent' : chain.accepted ? 'accepted' : 'refused';
/** Compares the reports of the base and the head of a change, made under the same settings. */
function compareReports(base, head, baseCommit) {
    const before = truststoreCertificates(base);
    const after = truststoreCertificates(head);
    const removedEntries = [...before].filter(([key]) => !after.has(key)).map(([, entry]) => entry);
    const addedEntries = [...after].filter(([key]) => !before.has(key)).map(([, entry]) => entry);
    // A removed and an added certificate with one subject and one key, in one target, are a renewal.
    const renewed = [];
    const renewedOld = new Set();
    const renewedNew = new Set();
    for (const old of removedEntries) {
        const successor = addedEntries.find((entry) => !renewedNew.has(entry) &&
            entry.target === old.target &&
            entry.subject === old.subject &&
            entry.publicKeySha256 === old.publicKeySha256);
        if (!successor)
            continue;
        renewedOld.add(old);
        renewedNew.add(successor);
        renewed.push({ old: changedCertificate(old), new: changedCertificate(successor) });
    }
    const removed = removedEntries.filter((entry) => !renewedOld.has(entry));
    const added = addedEntries.filter((entry) => !renewedNew.has(entry));
    const removedKeys = new Set(removed.map((entry) => (0,report_report/* targetKey */.hD)(entry.target, entry.sha256)));
    const addedKeys = new Set(added.map((entry) => (0,report_report/* targetKey */.hD)(entry.target, entry.sha256)));
    const renewedKeys = new Map(renewed.map((pair) => [(0,report_report/* targetKey */.hD)(pair.old.target, pair.old.sha256), pair]));
    const clients = [];
    let unchangedClients = 0;
    const baseChains = new Map(base.chains.map((chain) => [(0,report_report/* targetKey */.hD)(chain.target, chain.file), chain]));
    const headChains = new Map(head.chains.map((chain) => [(0,report_report/* targetKey */.hD)(chain.target, chain.file), chain]));
    for (const key of new Set([...baseChains.keys(), ...headChains.keys()])) {
        const was = baseChains.get(key);
        const is = headChains.get(key);
        const change = { before: verdictOf(was), after: verdictOf(is) };
        if (change.before === change.after) {
            unchangedClients++;
            continue;
        }
        const chain = (is ?? was);
        clients.push({
            ...(chain.target ? { target: chain.target } : {}),
            file: chain.file,
            subject: chain.subject,
            ...change,
            reasons: reasonsFor(was, is, { removedKeys, addedKeys, renewedKeys }),
        });
    }
    clients.sort((a, b) => (a.target ?? '').localeCompare(b.target ?? '') || a.file.localeCompare(b.file));
    const used = new Set(head.chains.flatMap((chain) => chain.path.map((link) => (0,report_report/* targetKey */.hD)(chain.target, link.sha256))));
    const targetsWithClients = new Set(head.chains.map((chain) => chain.target ?? ''));
    const unused = [...after.values()]
        .filter((entry) => entry.isCA && targetsWithClients.has(entry.target ?? '') && !used.has((0,report_report/* targetKey */.hD)(entry.target, entry.sha256)))
        .map(changedCertificate);
    /** The client files of a report whose chain goes through a certificate, by target and fingerprint. */
    const servedBy = (report) => {
        const served = new Map();
        for (const chain of report.chains) {
            for (const link of chain.path.slice(1)) {
                const key = (0,report_report/* targetKey */.hD)(chain.target, link.sha256);
                served.set(key, [...(served.get(key) ?? []), chain.file]);
            }
        }
        return (entry) => ({
            ...changedCertificate(entry),
            clients: served.get((0,report_report/* targetKey */.hD)(entry.target, entry.sha256)) ?? [],
        });
    };
    return {
        base: baseCommit,
        truststore: {
            added: added.map(servedBy(head)),
            removed: removed.map(servedBy(base)),
            renewed,
            unused,
        },
        bundles: bundleChanges(base, head),
        clients,
        unchangedClients,
    };
}
function reasonsFor(was, is, truststore) {
    if (!is)
        return ['The client file is gone.'];
    const reasons = [];
    if (!was)
        reasons.push('A new client file.');
    else if (was.sha256 !== is.sha256)
        reasons.push("The client's certificate changed.");
    for (const link of was?.path.slice(1) ?? []) {
        const key = (0,report_report/* targetKey */.hD)(was.target, link.sha256);
        if (truststore.removedKeys.has(key))
            reasons.push(`${link.subject} was removed from the truststore.`);
        const renewal = truststore.renewedKeys.get(key);
        if (renewal)
            reasons.push(`${link.subject} was renewed (now valid until ${renewal.new.notAfter}).`);
    }
    if (is.accepted) {
        for (const link of is.path.slice(1)) {
            if (truststore.addedKeys.has((0,report_report/* targetKey */.hD)(is.target, link.sha256)))
                reasons.push(`${link.subject} was added to the truststore.`);
        }
    }
    else {
        reasons.push(...(is.reasons ?? []));
    }
    return reasons.length > 0 ? reasons : ['The verdict changed with the configuration or the moment checked.'];
}
function bundleChanges(base, head) {
    const fingerprints = (report) => new Map(report.targets.flatMap((target) => target.truststores.map((truststore) => [(0,report_report/* targetKey */.hD)(target.name, truststore.files.join('\n')), truststore])));
    const before = fingerprints(base);
    const after = fingerprints(head);
    const changes = [];
    for (const key of new Set([...before.keys(), ...after.keys()])) {
        const was = before.get(key);
        const is = after.get(key);
        if (was?.sha256 === is?.sha256)
            continue;
        const target = key.slice(0, key.indexOf('\0'));
        changes.push({
            ...(target ? { target } : {}),
            files: (is ?? was).files,
            ...(was ? { before: was.sha256 } : {}),
            ...(is ? { after: is.sha256 } : {}),
        });
    }
    return changes;
}
/** Marks each head finding `new` when the base has no finding it matches (counting repeats), and counts them. */
function markNewFindings(base, head) {
    const remaining = new Map();
    for (const finding of base.findings) {
        const key = findingKey(finding);
        remaining.set(key, (remaining.get(key) ?? 0) + 1);
    }
    const counts = { errors: 0, warnings: 0, notices: 0 };
    for (const finding of head.findings) {
        const key = findingKey(finding);
        const left = remaining.get(key) ?? 0;
        finding.new = left === 0;
        if (left > 0)
            remaining.set(key, left - 1);
        else
            counts[`${finding.severity}s`]++;
    }
    return counts;
}

;// CONCATENATED MODULE: ./src/change.ts




/**
 * Adds to the head's report what the change from `base` does: truststore
 * content, client verdicts, and which findings are new. The base is judged
 * by the same settings and moment; a deferred configuration change is the
 * head's news alone.
 */
function compareWithBase(settings, head, base, verifier) {
    // The base's own discovery notes, so a note already there is not new.
    const baseReport = runCheck({ ...settings, deferredPolicy: undefined, discovery: settings.discovery?.atBase }, base, verifier);
    head.summary.new = markNewFindings(baseReport, head);
    head.changes = compareReports(baseReport, head, base.commit);
    return head;
}
/**
 * Checks the working tree and the files of a base commit (read from git
 * objects, never checked out). Throws UsageError when the base cannot be found.
 */
function checkChange(settings, base) {
    const tree = typeof base === 'string' ? openBase(settings.root, base) : base;
    // One memo of signature checks for both sides: most certificates are the same at both.
    const verifier = new signatures_SignatureVerifier();
    return compareWithBase(settings, runCheck(settings, undefined, verifier), tree, verifier);
}
/** The files of the commit a ref names, read from git objects. Throws UsageError when the base cannot be found. */
function openBase(root, baseRef) {
    return new GitTree(root, resolveCommit(root, baseRef));
}

// EXTERNAL MODULE: ./src/discovery/model.ts
var model = __nccwpck_require__(463);
// EXTERNAL MODULE: ./src/discovery/names.ts
var names = __nccwpck_require__(3602);
;// CONCATENATED MODULE: ./src/discovery/repository.ts





/** Never listed: besides version control and packages, what tools download or generate (remote modules, synthesized templates). */
const SKIPPED_FOLDERS = new Set([...file_tree/* PRUNED_FOLDERS */.h, '.terraform', 'cdk.out', '.aws-sam', '.serverless']);
/** Entries listed at most: a repository larger than this is discovered in part, and says so. */
const MAX_LISTED_ENTRIES = 200_000;
function skippedFolder(name) {
    return SKIPPED_FOLDERS.has(name);
}
/** The working tree under `root`: names from readdir alone (no stat per file), so listing stays cheap. */
function repository_diskRepository(root) {
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    let listing;
    const regularInside = (relative) => {
        try {
            const absolute = external_node_path_default().join(root, relative);
            if (!(0,external_node_fs_.lstatSync)(absolute).isFile())
                return undefined;
            const real = (0,external_node_fs_.realpathSync)(absolute);
            return (0,containment/* isInside */.FK)(realRoot, real) ? real : undefined;
        }
        catch {
            return undefined;
        }
    };
    return {
        list() {
            if (listing)
                return listing;
            const files = [];
            const links = [];
            let seen = 0;
            let truncated = false;
            const folders = [''];
            while (folders.length > 0 && !truncated) {
                const folder = folders.pop();
                let entries;
                try {
                    entries = (0,external_node_fs_.readdirSync)(external_node_path_default().join(root, folder), { withFileTypes: true });
                }
                catch {
                    continue;
                }
                for (const entry of entries) {
                    if (++seen > MAX_LISTED_ENTRIES) {
                        truncated = true;
                        break;
                    }
                    const relative = folder === '' ? entry.name : `${folder}/${entry.name}`;
                    if (entry.isDirectory()) {
                        if (!skippedFolder(entry.name))
                            folders.push(relative);
                    }
                    else if (entry.isFile())
                        files.push(relative);
                    else if (entry.isSymbolicLink())
                        links.push(relative);
                }
            }
            files.sort();
            links.sort();
            listing = { files, links, truncated };
            return listing;
        },
        size(relative) {
            const real = regularInside(relative);
            if (!real)
                return undefined;
            try {
                return (0,external_node_fs_.lstatSync)(real).size;
            }
            catch {
                return undefined;
            }
        },
        read(relative) {
            const real = regularInside(relative);
            if (!real)
                return { error: 'it is not a regular file inside the repository' };
            try {
                return (0,external_node_fs_.readFileSync)(real);
            }
            catch (error) {
                return { error: (0,errors/* describeError */.U)(error) };
            }
        },
    };
}
/** A commit's files, as listed by git or GitHub. */
function listedRepository(tree) {
    const inSkipped = (name) => name.split('/').some(skippedFolder);
    return {
        list() {
            return {
                files: [...tree.files.keys()].filter((name) => !inSkipped(name)).sort(),
                links: [...tree.links].filter((name) => !inSkipped(name)).sort(),
                truncated: false,
            };
        },
        size(relative) {
            return tree.files.get(relative)?.size;
        },
        read(relative) {
            return tree.read(relative);
        },
    };
}

;// CONCATENATED MODULE: ./src/discovery/index.ts




/**
 * What a repository's infrastructure code configures. One listing of names
 * decides whether there is any; only then are discovery and its parsers loaded.
 */
async function discoverIn(repository) {
    const { files, links } = repository.list();
    if (!(0,names/* anyInfrastructure */.i$)(files, links))
        return (0,model/* emptyDiscovery */.y)();
    const { discover } = await __nccwpck_require__.e(/* import() */ 883).then(__nccwpck_require__.bind(__nccwpck_require__, 4883));
    return discover(repository);
}
/** What the working tree's infrastructure code configures. */
function discoverWorkingTree(root) {
    return discoverIn(diskRepository(root));
}
/**
 * The files of a base commit (listed, not yet fetched) that discovery may
 * read there: its possible infrastructure code and the files the working
 * tree's targets read.
 */
function filesForBaseDiscovery(listed, head) {
    const known = new Set(listed);
    const truststores = head.targets.flatMap((target) => [...target.truststore, ...target.crls]);
    return [...new Set([...mayBeInfrastructure(listed), ...truststores.filter((file) => known.has(file))])];
}
const nothing = (found) => !found || (found.files.length === 0 && found.notes.length === 0 && found.targets.length === 0);
/**
 * The settings a check runs with once the infrastructure code is read: the
 * working tree's, and in a change review the base commit's too. A
 * repository without infrastructure code costs a listing of its names.
 */
async function withDiscovery(settings, base, options = {}) {
    const head = options.head ?? (await discoverIn(repository_diskRepository(settings.root)));
    const atBase = base ? await discoverIn(listedRepository(base)) : undefined;
    if (nothing(head) && nothing(atBase))
        return settings;
    const { planTargets } = await __nccwpck_require__.e(/* import() */ 847).then(__nccwpck_require__.bind(__nccwpck_require__, 5847));
    return planTargets(settings, {
        head,
        headTree: new file_tree/* Walker */.J(settings.root),
        ...(base && atBase ? { base: { discovery: atBase, tree: base } } : {}),
        ...(options.enforceBase ? { enforceBase: true } : {}),
    });
}

;// CONCATENATED MODULE: ./src/cli/format-targets.ts

/** One target in words: what it checks, for which gateway, and where that came from. */
function describeTarget(target) {
    const name = target.name || '(the only target)';
    const lines = [`${name} (${target.profile.id}): ${target.truststore.join(', ') || '(no truststore)'}`];
    const origin = target.origin;
    if (!origin) {
        lines.push('  from the configuration (flags, action inputs or .truststore-check.yml)');
    }
    else {
        lines.push(`  ${origin.format}: ${origin.resource}, ${origin.file}:${origin.line}${origin.baseOnly ? ' (at the base commit only)' : ''}`);
        for (const via of origin.via)
            lines.push(`  ${via}`);
        lines.push(`  version served: ${origin.served}`);
    }
    if (target.crls.length > 0)
        lines.push(`  CRLs: ${target.crls.join(', ')}`);
    lines.push(target.clients.length > 0
        ? `  clients: ${target.clients.join(', ')}`
        : '  clients: not known (discovery does not say which clients use a gateway; give clients: to judge them)');
    return lines;
}
/** `--list-targets`: what will be checked and why, then what discovery could not follow. */
function formatTargets(settings, format) {
    const notes = settings.discovery?.notes ?? [];
    if (format === 'json')
        return `${JSON.stringify({
            targets: settings.targets.map((target) => ({
                name: target.name,
                profile: target.profile.id,
                truststore: target.truststore,
                bundle: target.truststoreIsBundle,
                clients: target.clients,
                crls: target.crls,
                ...(target.origin ? { origin: target.origin } : {}),
            })),
            notes,
        }, null, 2)}\n`;
    const lines = [];
    const found = settings.targets.filter((target) => target.origin).length;
    lines.push(settings.targets.length === 0
        ? 'No truststore found in the infrastructure code.'
        : found > 0
            ? `${(0,severity/* plural */.LS)(found, 'target')} found in the infrastructure code${found < settings.targets.length ? `, ${settings.targets.length - found} configured` : ''}:`
            : `${(0,severity/* plural */.LS)(settings.targets.length, 'target')} from the configuration (explicit settings win over discovery):`);
    for (const target of settings.targets)
        lines.push('', ...describeTarget(target));
    if (notes.length > 0) {
        lines.push('', 'What discovery has to say:');
        for (const note of notes)
            lines.push(`  ${note.file}:${note.line}  ${note.rule}  ${note.message}`);
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/x509/algorithms.ts
var algorithms = __nccwpck_require__(5952);
;// CONCATENATED MODULE: ./src/docs/agreement.ts
const AGREEMENT_MEASURED = '2026-12-02 and (real servers) 2026-12-07, OpenSSL 3.0.19 (Debian 12), NGINX 1.22.1, HAProxy 2.6.12, Caddy 2.6.2 (go1.19.8)';
const OPENSSL = '`openssl verify` with the profile’s flags';
const difftest = (subject, cases, accepted) => ({
    subject,
    oracle: OPENSSL,
    seed: 424242,
    cases,
    agreeing: cases,
    accepted,
});
const NGINX = {
    subject: '`nginx` (600 cases at `ssl_verify_depth` 1 and 3, 400 with `ssl_crl` at depth 5)',
    oracle: 'a real NGINX 1.22.1 (`ssl_verify_client on`), by HTTP status; its error log for the reason',
};
const HAPROXY = {
    subject: '`haproxy` (600 cases, 400 with `crl-file`)',
    oracle: 'a real HAProxy 2.6.12 (`verify required`), by handshake; its connection log for the reason',
};
const CADDY = {
    subject: '`go` (1,000 cases, half with the variations where Go and OpenSSL part ways)',
    oracle: 'a real Caddy 2.6.2 (`require_and_verify`, go1.19.8), by handshake; its debug log for the reason (the tool quotes the start of the line)',
};
/** Fresh seeds against the real servers: every verdict and every logged reason agreed. */
const REAL_SERVER_RUNS = [
    { ...NGINX, seed: 31337, cases: 1000, agreeing: 1000, accepted: 285, logged: { refusals: 715, matching: 715 } },
    { ...HAPROXY, seed: 31337, cases: 1000, agreeing: 1000, accepted: 424, logged: { refusals: 576, matching: 576 } },
    { ...CADDY, seed: 31337, cases: 1000, agreeing: 1000, accepted: 829, logged: { refusals: 171, matching: 171 } },
    { ...NGINX, seed: 271828, cases: 1000, agreeing: 1000, accepted: 283, logged: { refusals: 717, matching: 717 } },
    { ...HAPROXY, seed: 271828, cases: 1000, agreeing: 1000, accepted: 417, logged: { refusals: 583, matching: 583 } },
    { ...CADDY, seed: 271828, cases: 1000, agreeing: 1000, accepted: 823, logged: { refusals: 177, matching: 177 } },
];
const AGREEMENT_RUNS = [
    difftest('`aws-api-gateway` (cases without purpose variations)', 1878, 858),
    difftest('`aws-alb` (cases without purpose variations)', 1878, 920),
    difftest('`aws-cloudfront` (cases without purpose variations)', 1878, 920),
    difftest('`azure-application-gateway`', 2000, 1131),
    difftest('`nginx`', 2000, 437),
    difftest('`envoy`', 2000, 1533),
    difftest('`openssl`', 2000, 1239),
    difftest('`openssl` with CRLs (`-crl_check_all`)', 2000, 480),
    difftest('`nginx` with CRLs (`ssl_crl`, `ssl_verify_depth 5`)', 2000, 429),
    difftest('`envoy` with CRLs', 2000, 81),
    difftest('`envoy` with CRLs, `only_verify_leaf_cert_crl`', 2000, 990),
    // Added with the haproxy profile, on the seed every profile was re-run on then (all 13 configurations agreed).
    { ...difftest('`haproxy`', 2000, 1173), seed: 8675309 },
    { ...difftest('`haproxy` with CRLs (`crl-file`)', 2000, 451), seed: 8675309 },
    ...REAL_SERVER_RUNS,
];

;// CONCATENATED MODULE: ./src/docs/rules-markdown.ts




/** Pipes and line breaks would break a Markdown table cell. */
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
const PHASE_WORDS = {
    upload: 'refuses the bundle at upload',
    'upload-warning': 'warns at upload, fails clients at run time',
    runtime: 'fails clients at run time',
};
function profileRow(rule, profile) {
    const application = rule.appliesTo(profile);
    const severity = profileSeverity(rule, profile);
    if (!application)
        return `| \`${profile.id}\` | off | — | not part of this gateway's behaviour | — |`;
    const when = application.phase ? PHASE_WORDS[application.phase] : '—';
    const evidence = application.evidence
        ? `${profiles_profile/* CONFIDENCE_WORDS */.n[application.evidence.confidence]}: ${application.evidence.source}`
        : 'a problem in the repository itself, whatever the gateway';
    return `| \`${profile.id}\` | ${severity} | ${when} | ${cell(rule.consequence(profile))} | ${cell(evidence)} |`;
}
function section(rule) {
    return [
        `### \`${rule.id}\``,
        '',
        `**${rule.title}.** ${rule.description}`,
        '',
        `*Fix:* ${rule.remedy}`,
        '',
        '| profile | severity | the gateway | what happens | evidence |',
        '|---|---|---|---|---|',
        ...registry/* BUILTIN_PROFILES */.PE.map((profile) => profileRow(rule, profile)),
        '',
    ].join('\n');
}
/** docs/rules.md, generated from the registry and the profiles so it cannot drift (a test compares them). */
function renderRulesMarkdown() {
    const ids = registry/* BUILTIN_PROFILES */.PE.map((profile) => profile.id);
    const lines = [
        '# Rules',
        '',
        '<!-- Generated from src/rules and src/profiles by `npm run docs`; do not edit by hand. -->',
        '',
        'Every rule has a stable id: use it to change a severity or suppress a finding in `.truststore-check.yml`. ' +
            "A rule's severity depends on the profile: off where the gateway does not have the behaviour, capped at warning where the evidence for it is a third party's or missing. " +
            'The evidence and how each gateway behaves are in [profiles.md](profiles.md); the chain model in [gateway-model.md](gateway-model.md).',
        '',
        `| id | what it finds | ${ids.map((id) => `\`${id}\``).join(' | ')} |`,
        `|---|---|${ids.map(() => '---').join('|')}|`,
        ...rules_registry/* RULES */.y.map((rule) => `| [\`${rule.id}\`](#${rule.id}) | ${cell(rule.title)} | ${registry/* BUILTIN_PROFILES */.PE.map((profile) => profileSeverity(rule, profile)).join(' | ')} |`),
        '',
        '## Details',
        '',
        ...rules_registry/* RULES */.y.map(section),
    ];
    return lines.join('\n');
}
/** The registry as data, for `--list-rules --format json`. */
function rulesAsJson() {
    const rules = rules_registry/* RULES */.y.map((rule) => ({
        id: rule.id,
        title: rule.title,
        description: rule.description,
        remedy: rule.remedy,
        profiles: Object.fromEntries(registry/* BUILTIN_PROFILES */.PE.map((profile) => {
            const application = rule.appliesTo(profile);
            return [
                profile.id,
                {
                    severity: profileSeverity(rule, profile),
                    ...(application?.phase ? { phase: application.phase } : {}),
                    ...(application?.evidence ? { evidence: application.evidence } : {}),
                    consequence: rule.consequence(profile),
                },
            ];
        })),
    }));
    return `${JSON.stringify(rules, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/docs/profiles-markdown.ts





function quota(value, unit) {
    if (!value)
        return 'none';
    return `${value.value.toLocaleString('en-US')} ${unit}${value.adjustable ? ' (adjustable)' : ''}; ${PHASE_WORDS[value.phase]}`;
}
/** A row for one of the gateway's quotas: its value and its evidence. */
function quotaFact(name, of, unit) {
    return { name, value: (profile) => quota(of(profile), unit), evidence: (profile) => of(profile)?.evidence };
}
function keys(profile) {
    const { rsa, ec, others } = profile.keys;
    const parts = [
        rsa
            ? rsa.sizes
                ? `RSA ${rsa.sizes.join(', ')}`
                : `RSA ${rsa.minBits > 1 ? `≥ ${rsa.minBits}` : 'any size'}${rsa.maxBits ? `, ≤ ${rsa.maxBits}` : ''}`
            : 'no RSA',
        ec
            ? ec.curves
                ? `EC ${ec.curves.join(', ')}`
                : `EC ${ec.minBits > 1 ? `≥ ${ec.minBits} bits` : 'any curve'}`
            : 'no EC',
        ...(others.length > 0 ? [others.join(', ')] : []),
        ...(profile.keys.minSecurityBits ? [`at least ${profile.keys.minSecurityBits} security bits`] : []),
    ];
    return parts.join('; ');
}
function signatures(profile) {
    const { hashes, minSecurityBits } = profile.signatures;
    const hashText = hashes.length === algorithms/* ALL_HASHES */.bB.length ? 'any hash' : hashes.join(', ');
    return minSecurityBits ? `${hashText}; at least ${minSecurityBits} security bits` : hashText;
}
function profiles_markdown_revocation(profile) {
    const policy = profile.revocation;
    if (!policy)
        return 'none';
    const scope = policy.scope === 'every-ca'
        ? 'every certificate on a chain, the root included'
        : "the client's own certificate only";
    const missing = policy.missingCrl === 'refuses'
        ? 'a certificate without a CRL from its issuer is refused'
        : 'a certificate without a CRL from its issuer is let through';
    return `CRLs (${policy.setting}): checks ${scope}; ${missing}`;
}
/** The facts of a profile, each with the evidence behind it: the rows of every table below. */
const FACTS = [
    {
        name: 'Issuers come from',
        value: (p) => p.chain.issuers === 'truststore'
            ? 'the truststore only (what the client sends is ignored)'
            : 'the truststore and what the client sends',
        evidence: (p) => p.chain.evidence.issuers,
    },
    {
        name: 'Chain depth',
        value: (p) => `${p.chain.depthLimit}${Number.isFinite(p.chain.maxIntermediates) ? ` (verify depth ${p.chain.maxIntermediates})` : ''}${p.chain.depthSetting ? `; set by \`${p.chain.depthSetting.name}\`` : ''}`,
        evidence: (p) => p.chain.evidence.depth,
    },
    {
        name: 'Path building',
        value: (p) => p.chain.verifier === 'go'
            ? "Go's crypto/x509: its own parser; every path tried (byte-equal names, matching key identifiers first) within 100 signature checks"
            : "OpenSSL's: one chain, the first likely issuer at each step (truststore first), never reconsidered",
        evidence: (p) => p.chain.evidence.verifier,
    },
    {
        name: 'Trust anchor',
        value: (p) => p.chain.partialChain
            ? 'any truststore certificate (partial chains)'
            : 'a self-signed certificate in the truststore',
        evidence: (p) => p.chain.evidence.anchor,
    },
    {
        name: 'Validated on every chain',
        value: () => 'syntax, signatures, validity, CA flags, name constraints',
        evidence: (p) => p.validation,
    },
    { name: 'Keys', value: keys, evidence: (p) => p.keys.evidence },
    { name: 'Signatures', value: signatures, evidence: (p) => p.signatures.evidence },
    {
        name: 'Client purpose (extendedKeyUsage clientAuth)',
        value: (p) => p.purpose.sslClient
            ? "OpenSSL's TLS-client purpose on every certificate of the chain (extendedKeyUsage clientAuth where present; the leaf's keyUsage)"
            : p.purpose.nestedExtendedKeyUsage
                ? 'extendedKeyUsage nested down the chain: every certificate that has one must allow clientAuth or anyExtendedKeyUsage; keyUsage ignored'
                : `leaf: ${p.purpose.leaf}; issuing CA: ${p.purpose.issuer}`,
        evidence: (p) => p.purpose.evidence,
    },
    {
        name: 'A CA certificate as the client',
        value: (p) => p.clientCa.verdict === 'refused'
            ? 'refused'
            : "judged by its chain like any client's (a warning: its key can issue more clients)",
        evidence: (p) => p.clientCa.evidence,
    },
    quotaFact('Certificates per truststore', (p) => p.bundle.maxCertificates, 'certificates'),
    quotaFact('Truststore size', (p) => p.bundle.maxBytes, 'bytes'),
    quotaFact('Size of one certificate', (p) => p.bundle.maxCertificateBytes, 'bytes'),
    quotaFact('CA subject names (all together)', (p) => p.bundle.maxSubjectBytes, 'bytes'),
    {
        name: 'Bundle format',
        value: (p) => {
            const f = p.bundle.format;
            return [
                `text outside blocks ${f.textOutsideBlocks}`,
                `blank lines ${f.blankLines}`,
                ...(f.pemExtension ? ['.pem extension'] : []),
                ...(f.rootsPerFile !== undefined ? [`exactly ${f.rootsPerFile} root per file`] : []),
            ].join('; ');
        },
        evidence: (p) => p.bundle.format.evidence,
    },
    {
        name: 'A certificate it does not accept in the bundle',
        value: (p) => PHASE_WORDS[p.bundle.badCertificate.phase],
        evidence: (p) => p.bundle.badCertificate.evidence,
    },
    { name: 'Revocation lists', value: profiles_markdown_revocation, evidence: (p) => p.revocation?.evidence.revoked },
    {
        name: 'Certificate without a CRL',
        value: (p) => (p.revocation ? (p.revocation.missingCrl === 'refuses' ? 'refused' : 'accepted') : '—'),
        evidence: (p) => p.revocation?.evidence.missing,
    },
    {
        name: 'CRL past nextUpdate',
        value: (p) => (p.revocation ? 'the certificates it covers are refused' : '—'),
        evidence: (p) => p.revocation?.evidence.validity,
    },
    {
        name: 'CRL quotas',
        value: (p) => {
            const r = p.revocation;
            if (!r?.maxFileBytes && !r?.maxLists && !r?.maxEntries)
                return 'none';
            return [
                ...(r.maxFileBytes ? [`${quota(r.maxFileBytes, 'bytes')} per file`] : []),
                ...(r.maxLists ? [quota(r.maxLists, 'lists')] : []),
                ...(r.maxEntries ? [quota(r.maxEntries, 'entries')] : []),
            ].join(' / ');
        },
        evidence: (p) => p.revocation?.maxFileBytes?.evidence,
    },
];
function evidenceCell(evidence) {
    return evidence ? cell(`${profiles_profile/* CONFIDENCE_WORDS */.n[evidence.confidence]}: ${evidence.source}`) : '—';
}
function profileSection(profile) {
    const reasons = Object.entries(profile.wording.reasons).map(([reason, words]) => `\`${reason}\`: "${words}"`);
    return [
        `## \`${profile.id}\`${profile === registry/* DEFAULT_PROFILE */.KG ? ' (default)' : ''}`,
        '',
        `**${profile.name}.** ${profile.summary}`,
        '',
        '| fact | value | evidence |',
        '|---|---|---|',
        ...FACTS.map((fact) => `| ${fact.name} | ${cell(fact.value(profile))} | ${evidenceCell(fact.evidence(profile))} |`),
        '',
        `A refused client gets ${profile.wording.refusal}.${reasons.length > 0 ? ` Logged reasons: ${reasons.join('; ')}.` : ''}`,
        '',
        `To deploy a changed bundle: ${profile.wording.deploy.step}.`,
        '',
        '```sh',
        profile.wording.deploy.command,
        '```',
        ...(profile.options && profile.options.length > 0
            ? [
                '',
                'Settings (`profile-options:`):',
                '',
                ...profile.options.map((option) => `- \`${option.key}\`: ${option.description}`),
            ]
            : []),
        '',
    ].join('\n');
}
/** docs/profiles.md, generated from the profile data (a test compares them). */
function renderProfilesMarkdown() {
    const ids = registry/* BUILTIN_PROFILES */.PE.map((profile) => `\`${profile.id}\``);
    return [
        '# Gateway profiles',
        '',
        '<!-- Generated from src/profiles by `npm run docs`; do not edit by hand. -->',
        '',
        'A profile is what one gateway enforces, as data: where issuers come from, how deep a chain may be, what anchors it, which keys and signatures it takes, its quotas and bundle format, and the words it refuses a client with. ' +
            'Every fact names its evidence and how sure it is: vendor documentation, a published reproduction, a third-party report, or unconfirmed. ' +
            "Only vendor-documented or reproduced behaviour makes an error by default; the rest is a warning at most. The repository's configuration may define its own profile that `extends` one of these.",
        '',
        '## Comparison',
        '',
        `| | ${ids.join(' | ')} |`,
        `|---|${ids.map(() => '---').join('|')}|`,
        ...FACTS.map((fact) => `| ${fact.name} | ${registry/* BUILTIN_PROFILES */.PE.map((profile) => cell(fact.value(profile))).join(' | ')} |`),
        '',
        ...registry/* BUILTIN_PROFILES */.PE.map(profileSection),
        '## Agreement with openssl verify and with real servers',
        '',
        `Random PKIs (depths of zero to five, misplaced and re-keyed issuers, extension, name and validity variations, wrong signers; with CRLs: missing, expired, badly signed, revoking, scoped and duplicate lists), each client judged by the tool and by the oracle. Google Cloud is not compared: its clientAuth requirement on the issuing CA has no \`openssl verify\` flag. The real servers run on 127.0.0.1, one process per gateway serving every case by name (SNI), and judge at the real clock: cases that hinge on one second are left out (for Go, also a certificate expiring at the planned moment, since Go counts its notAfter second as valid). Measured ${AGREEMENT_MEASURED}; CI repeats 300 cases per profile against \`openssl verify\` (99.5% required) and 350 against each real server (99% of verdicts and of logged reasons required). No class of disagreement remains, in verdicts or in logged reasons.`,
        '',
        '| profile | oracle | seed | cases | agree | oracle accepted | logged reason quoted |',
        '|---|---|---|---|---|---|---|',
        ...AGREEMENT_RUNS.map((run) => {
            const percent = (part, whole) => ((part / whole) * 100).toFixed(2);
            const logged = run.logged
                ? `${run.logged.matching.toLocaleString('en-US')} of ${run.logged.refusals.toLocaleString('en-US')} refusals (${percent(run.logged.matching, run.logged.refusals)}%)`
                : '—';
            return `| ${run.subject} | ${run.oracle} | ${run.seed} | ${run.cases.toLocaleString('en-US')} | ${run.agreeing.toLocaleString('en-US')} (${percent(run.agreeing, run.cases)}%) | ${run.accepted.toLocaleString('en-US')} | ${logged} |`;
        }),
        '',
    ].join('\n');
}
/** The built-in profiles as JSON (`--list-profiles --format json`): what scripts and other tools read. */
function profilesAsJson() {
    const profiles = registry/* BUILTIN_PROFILES */.PE.map((profile) => ({
        id: profile.id,
        name: profile.name,
        summary: profile.summary,
        ...(profile === registry/* DEFAULT_PROFILE */.KG ? { default: true } : {}),
    }));
    return `${JSON.stringify(profiles, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/docs/settings-markdown.ts




/** The action's inputs, in action.yml's order: the settings, then how a run reports. */
const ACTION_ENTRIES = [
    ...Object.values(SETTINGS),
    ...Object.values(SHARED_OPTIONS),
    ...Object.values(ACTION_OPTIONS),
].filter((entry) => entry.input);
/** A one-line summary as a sentence. */
function sentence(text) {
    const capital = `${text[0].toUpperCase()}${text.slice(1)}`;
    return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
/** An input as action.yml declares it. */
function actionInput(entry) {
    const input = entry.input;
    const fromFile = entry.scope === 'check' && entry.file
        ? ` Empty means the configuration file's value${entry.default ? `, or ${entry.default}` : ''}.`
        : '';
    return {
        name: input.name ?? entry.name,
        description: input.description ?? `${sentence(entry.summary)}${fromFile}`,
        default: input.default ?? '',
    };
}
function flagOf(entry) {
    if (!entry.flag)
        return '';
    return `\`--${entry.name}${entry.flag.value ? ` ${entry.flag.value}` : ''}\`${entry.flag.repeatable ? ' (repeatable)' : ''}`;
}
const code = (text) => (text ? `\`${text}\`` : '');
/** docs/settings.md: every setting, flag and input, from the schema. */
function renderSettingsMarkdown() {
    const lines = [
        '# Settings',
        '',
        '<!-- Generated by `truststore-check --list-settings` from src/config/schema.ts and src/config/run-options.ts; do not edit. -->',
        '',
        `A setting of the check can be given as a key of \`${DEFAULT_CONFIG_FILE}\`, a command-line flag or an action input, where it has one; a flag or an input wins over the file, and the file over the default. On a pull request, the base commit's configuration and the workflow's inputs govern: the pull request's own configuration changes a setting at once only as the last column says, and otherwise after the merge.`,
        '',
        "| setting | in the file | flag | action input | default | a pull request's own change |",
        '| --- | --- | --- | --- | --- | --- |',
        ...Object.values(SETTINGS).map((entry) => `| ${cell(sentence(entry.summary))} | ${entry.file ? `\`${entry.name}\`${entry.file === 'target' ? ' (also per target)' : ''}` : ''} | ${flagOf(entry)} | ${code(entry.input ? actionInput(entry).name : undefined)} | ${cell(entry.default ?? '')} | ${!entry.file ? '—' : entry.tighten ? `at once if ${entry.tighten.how}` : 'after the merge'} |`),
        '',
        '## Command line only',
        '',
        '| flag | meaning | default |',
        '| --- | --- | --- |',
        ...[...Object.values(SHARED_OPTIONS), ...Object.values(CLI_OPTIONS)].map((entry) => `| ${flagOf(entry)} | ${cell(sentence(entry.summary))} | ${cell(entry.default ?? '')} |`),
        '',
        '## Action inputs',
        '',
        '| input | default | meaning |',
        '| --- | --- | --- |',
        ...ACTION_ENTRIES.map((entry) => {
            const input = actionInput(entry);
            return `| \`${input.name}\` | ${cell(input.default ? `\`${input.default}\`` : '')} | ${cell(input.description)} |`;
        }),
        '',
    ];
    return `${lines.join('\n')}\n`;
}
/** The same as JSON, for scripts (`npm run docs` writes action.yml's inputs from it). */
function settingsAsJson() {
    const entries = [SETTINGS, SHARED_OPTIONS, CLI_OPTIONS, ACTION_OPTIONS].flatMap((group) => Object.values(group).map((entry) => ({
        name: entry.name,
        summary: entry.summary,
        scope: entry.scope,
        ...(entry.file ? { file: entry.file } : {}),
        ...(entry.flag ? { flag: `--${entry.name}`, ...(entry.flag.value ? { value: entry.flag.value } : {}) } : {}),
        ...(entry.input ? { input: actionInput(entry) } : {}),
        ...(entry.default ? { default: entry.default } : {}),
        ...(entry.tighten ? { tightenedBy: entry.tighten.how } : {}),
    })));
    return `${JSON.stringify(entries, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/format-json.ts
/** The stable JSON report (version 1): see docs/report-format.md. */
function formatJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
/**
 * Array elements per piece of jsonPieces: pieces of some tens of kilobytes,
 * short enough for V8's young generation (longer strings go straight to the
 * large-object space, which only a full collection empties: 200 MB of them
 * piled up), long enough to be written in few calls.
 */
const ELEMENTS_PER_PIECE = 50;
/** How JSON.stringify(value, null, 2) opens and closes `{ x: [...] }`: around the elements, indented as a member's. */
const OPENING = '{\n  "x": [';
const CLOSING = '\n  ]\n}';
/**
 * formatJson's text in pieces, so a report of 100,000 clients (200 MB of
 * JSON) is written without holding all its text, and a copy of it in bytes,
 * at once. The report's arrays are written some elements at a time, each
 * slice by JSON.stringify inside an object like the report, so it is
 * indented as in the whole.
 */
function* jsonPieces(report) {
    // JSON.stringify leaves out members whose value it cannot write (undefined).
    const entries = Object.entries(report).filter(([, value]) => JSON.stringify(value) !== undefined);
    let piece = '{';
    for (const [index, [key, value]] of entries.entries()) {
        piece += `\n  ${JSON.stringify(key)}: `;
        if (Array.isArray(value) && value.length > 0) {
            piece += '[';
            for (let start = 0; start < value.length; start += ELEMENTS_PER_PIECE) {
                const text = JSON.stringify({ x: value.slice(start, start + ELEMENTS_PER_PIECE) }, null, 2);
                yield `${piece}${start === 0 ? '' : ','}${text.slice(OPENING.length, text.length - CLOSING.length)}`;
                piece = '';
            }
            piece += '\n  ]';
        }
        else
            piece += JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
        if (index < entries.length - 1)
            piece += ',';
    }
    yield `${piece}${entries.length > 0 ? '\n' : ''}}\n`;
}

;// CONCATENATED MODULE: ./src/version.ts
/** Kept in step with package.json and CHANGELOG.md by a test and by the release check (scripts/check-release.mjs). */
const VERSION = '0.1.0';
/** The project's home; the owner is a placeholder until the repository is published. */
const REPOSITORY_URL = 'https://github.com/truststore-check/truststore-check';
/**
 * Where users read about a rule; findings link here by rule id. The exact
 * release tag (vX.Y.Z), which exists for every released version and never
 * moves, so a link always shows the rules of the version that wrote it.
 */
const RULES_DOC_URL = `${REPOSITORY_URL}/blob/v${VERSION}/docs/rules.md`;

;// CONCATENATED MODULE: ./src/report/format-sarif.ts






const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/**
 * SARIF 2.1.0 for github/codeql-action/upload-sarif: stable rule ids,
 * repository-relative paths, each rule's help in the words of the profile the
 * findings were judged by (the first target's, where there are several; each
 * result names its own target).
 */
function formatSarif(report, profile, repoPath = (file) => file) {
    const rules = rules_registry/* RULES */.y.map((rule) => {
        const consequence = rule.consequence(profile);
        const source = (0,rules_rule/* ruleSource */.mH)(rule, profile);
        const severity = profileSeverity(rule, profile);
        return {
            id: rule.id,
            name: rule.id.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase()),
            shortDescription: { text: rule.title },
            fullDescription: { text: rule.description },
            help: {
                text: `${rule.description}\n\nAt the gateway: ${consequence}\n\nFix: ${rule.remedy}\n\nSource: ${source}`,
                markdown: `${rule.description}\n\n**At the gateway:** ${consequence}\n\n**Fix:** ${rule.remedy}\n\n**Source:** ${source}`,
            },
            helpUri: `${RULES_DOC_URL}#${rule.id}`,
            defaultConfiguration: severity === 'off' ? { enabled: false } : { level: LEVEL[severity] },
            properties: { tags: ['security', 'mtls', profile.id] },
        };
    });
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    const results = report.findings.map((finding) => {
        const uri = repoPath(finding.file);
        return {
            ruleId: finding.ruleId,
            ruleIndex: ruleIndex.get(finding.ruleId) ?? -1,
            level: LEVEL[finding.severity],
            message: { text: (0,report_report/* findingMessage */.pG)(report, finding) },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
                        region: { startLine: finding.line, endLine: Math.max(finding.line, finding.endLine) },
                    },
                },
            ],
            partialFingerprints: { 'truststoreCheck/v1': findingFingerprint(finding, uri) },
            ...(finding.target ? { properties: { target: finding.target } } : {}),
        };
    });
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'truststore-check',
                        informationUri: REPOSITORY_URL,
                        semanticVersion: VERSION,
                        version: VERSION,
                        rules,
                    },
                },
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
                results,
            },
        ],
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/impact.ts


/** Clients (and CAs) named before "and N more": the rest are in the JSON report. */
const NAMED = 10;
/** The profile of a target of the report (the report's own when it has no targets by name). */
function impact_profileOf(report, target) {
    return (0,registry/* findProfile */.$O)(report.targets.find((entry) => entry.name === (target ?? ''))?.profile.id ?? report.profile.id);
}
function named(clients) {
    const names = clients.slice(0, NAMED).map((client) => client.file);
    const more = clients.length - names.length;
    return more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ');
}
/**
 * The impact of a change in the reviewer's terms: "This change refuses 11
 * clients that are accepted today, admits 2, removes 1 CA, adds 1 CA used
 * by no client". Undefined when the report was not compared with a base.
 */
function describeImpact(report) {
    const changes = report.changes;
    if (!changes)
        return undefined;
    const lockedOut = changes.clients.filter((client) => client.before === 'accepted' && client.after === 'refused');
    const admitted = changes.clients.filter((client) => client.before === 'refused' && client.after === 'accepted');
    const newRefused = changes.clients.filter((client) => client.before === 'absent' && client.after === 'refused');
    const newAccepted = changes.clients.filter((client) => client.before === 'absent' && client.after === 'accepted');
    const gone = changes.clients.filter((client) => client.after === 'absent');
    const { added, removed, renewed, unused } = changes.truststore;
    const unusedAdded = added.filter((ca) => unused.some((entry) => entry.sha256 === ca.sha256));
    const parts = [];
    if (lockedOut.length > 0)
        parts.push(`refuses ${(0,severity/* plural */.LS)(lockedOut.length, 'client')} that ${lockedOut.length === 1 ? 'is' : 'are'} accepted today`);
    if (admitted.length > 0)
        parts.push(`admits ${(0,severity/* plural */.LS)(admitted.length, 'client')} refused today`);
    if (newRefused.length > 0)
        parts.push(`adds ${(0,severity/* plural */.LS)(newRefused.length, 'client')} the gateway would refuse`);
    if (newAccepted.length > 0)
        parts.push(`adds ${(0,severity/* plural */.LS)(newAccepted.length, 'client')} the gateway accepts`);
    if (gone.length > 0)
        parts.push(`removes ${(0,severity/* plural */.LS)(gone.length, 'client file')}`);
    if (removed.length > 0)
        parts.push(`removes ${(0,severity/* plural */.LS)(removed.length, 'CA')} from the truststore`);
    if (added.length > 0)
        parts.push(`adds ${(0,severity/* plural */.LS)(added.length, 'CA')}${unusedAdded.length > 0 ? ` (${unusedAdded.length} used by no client in the repository)` : ''}`);
    if (renewed.length > 0)
        parts.push(`renews ${(0,severity/* plural */.LS)(renewed.length, 'CA')}`);
    // A changed truststore that the infrastructure code keeps from the gateway (see truststore-version-pinned).
    const unserved = report.findings.filter((finding) => finding.ruleId === 'truststore-version-pinned');
    if (unserved.length > 0)
        parts.push(`changes ${(0,severity/* plural */.LS)(unserved.length, 'truststore')} that the gateway will not serve as it stands`);
    const headline = parts.length === 0
        ? `This change does not change who can connect or what the truststores hold (compared with ${changes.base.slice(0, 12)}).`
        : `This change ${parts.join(', ')}.`;
    const details = [];
    if (lockedOut.length > 0) {
        // The gateway's consequence, when all of them are behind gateways that say it the same way.
        const refusals = new Set(lockedOut.map((client) => impact_profileOf(report, client.target)?.wording.refusal));
        const [refusal] = refusals;
        const consequence = refusals.size === 1 && refusal ? ` (${refusal} once the new truststore is deployed)` : '';
        details.push(`Refused from now on${consequence}: ${named(lockedOut)}.`);
    }
    if (admitted.length > 0)
        details.push(`Accepted from now on: ${named(admitted)}.`);
    for (const finding of unserved)
        details.push(`Not served (${finding.file}:${finding.line}): ${finding.message}`);
    if (newRefused.length > 0)
        details.push(`New and refused: ${named(newRefused)}.`);
    const listed = (items, line, rest) => {
        for (const item of items.slice(0, NAMED))
            details.push(line(item));
        if (items.length > NAMED)
            details.push(`${(0,severity/* plural */.LS)(items.length - NAMED, `more ${rest}`)} in the JSON report.`);
    };
    listed(removed, (ca) => `Removed CA: ${ca.subject} (SHA-256 ${ca.sha256}).`, 'removed CA');
    listed(added, (ca) => `Added CA: ${ca.subject} (SHA-256 ${ca.sha256}).`, 'added CA');
    listed(renewed, (pair) => `Renewed CA: ${pair.new.subject}, valid until ${pair.old.notAfter} before and ${pair.new.notAfter} now.`, 'renewed CA');
    const deploy = [];
    if (changes.bundles.length > 0) {
        const profiles = new Set(changes.bundles.map((bundle) => impact_profileOf(report, bundle.target)));
        for (const profile of profiles) {
            if (profile)
                deploy.push({ profile: profile.wording.gateway, ...profile.wording.deploy });
        }
    }
    return { headline, details, deploy };
}

;// CONCATENATED MODULE: ./src/report/format-text.ts



/** Control characters from file names or messages must not move the cursor or forge lines. */
function inert(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
/**
 * ESLint's "stylish" layout: findings grouped by file, each with the command
 * that shows it where there is one; then how to fix each rule that fired,
 * once; then the summary.
 */
function formatText(report) {
    const lines = [];
    const impact = describeImpact(report);
    if (impact) {
        // The reviewer's first question comes first: who can connect after this change.
        lines.push(inert(impact.headline), ...impact.details.map((detail) => `  ${inert(detail)}`));
        for (const step of impact.deploy)
            lines.push(`  To deploy (${step.profile}): ${step.step}.`, `    $ ${step.command}`);
        lines.push('');
    }
    const groups = new Map();
    for (const finding of report.findings) {
        // With named targets, findings are grouped by target first, then by file.
        const key = JSON.stringify([finding.target ?? '', finding.file]);
        const list = groups.get(key);
        if (list)
            list.push(finding);
        else
            groups.set(key, [finding]);
    }
    let currentTarget;
    for (const [key, findings] of groups) {
        const [target, file] = JSON.parse(key);
        if (target !== '' && target !== currentTarget) {
            lines.push(`== ${inert((0,report_report/* targetLabel */.Op)(report, target))} ==`, '');
            currentTarget = target;
        }
        lines.push(inert(file));
        const span = (finding) => finding.endLine > finding.line ? `${finding.line}-${finding.endLine}` : String(finding.line);
        // Commands and fixes line up under the messages.
        const width = Math.max(...findings.map((finding) => span(finding).length));
        for (const finding of findings) {
            const where = span(finding);
            lines.push(`  ${where.padEnd(width)}  ${finding.severity.padEnd(7)}  ${finding.new ? '(new) ' : ''}${inert(finding.message)}  ${finding.ruleId}`);
            const indent = `  ${' '.repeat(width)}  ${' '.repeat(7)}  `;
            if (finding.command)
                lines.push(`${indent}$ ${inert(finding.command)}`);
            if (finding.fix) {
                const { fix } = finding;
                const span = fix.endLine > fix.line ? `lines ${fix.line}-${fix.endLine}` : `line ${fix.line}`;
                const place = fix.file === finding.file ? span : `${fix.file}, ${span}`;
                lines.push(`${indent}fix: ${inert(fix.description)} (${inert(place)})`);
            }
        }
        lines.push('');
    }
    const remedies = new Map(report.findings.map((finding) => [finding.ruleId, finding.remedy]));
    if (remedies.size > 0) {
        lines.push('How to fix:');
        for (const [ruleId, remedy] of remedies)
            lines.push(`  ${ruleId}: ${inert(remedy)}`);
        lines.push('');
    }
    const { summary } = report;
    const total = summary.errors + summary.warnings + summary.notices;
    const counts = `${(0,severity/* plural */.LS)(summary.errors, 'error')}, ${(0,severity/* plural */.LS)(summary.warnings, 'warning')}, ${(0,severity/* plural */.LS)(summary.notices, 'notice')}`;
    if (summary.new) {
        const fresh = summary.new.errors + summary.new.warnings + summary.new.notices;
        lines.push(`${(0,severity/* plural */.LS)(fresh, 'finding')} new since the base (${(0,severity/* plural */.LS)(summary.new.errors, 'error')}); the rest were there before.`);
    }
    lines.push(total === 0
        ? `✔ No problems in ${(0,severity/* plural */.LS)(summary.files, 'file')}, ${(0,severity/* plural */.LS)(summary.certificates, 'certificate')}.`
        : `✖ ${(0,severity/* plural */.LS)(total, 'problem')} (${counts}) in ${(0,severity/* plural */.LS)(summary.files, 'file')}, ${(0,severity/* plural */.LS)(summary.certificates, 'certificate')}.`);
    for (const target of report.targets) {
        const { accepted, refused } = target.summary.clients;
        const which = target.name ? inert((0,report_report/* targetLabel */.Op)(report, target.name)) : target.profile.id;
        // A target found in the infrastructure code says where; its clients are known only if configured.
        if (target.origin)
            lines.push(`  ${which}: ${inert(target.origin.resource)} (${inert(target.origin.file)}:${target.origin.line}, ${target.origin.format})${target.origin.clients === 'not known' ? '; clients not known' : ''}.`);
        if (accepted + refused === 0)
            continue;
        lines.push(`  Clients (${which}): ${accepted} accepted, ${refused} refused.`);
    }
    if (report.suppressed.length > 0)
        lines.push(`  ${(0,severity/* plural */.LS)(report.suppressed.length, 'finding')} suppressed by configuration.`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/findings/fix.ts
var findings_fix = __nccwpck_require__(7625);
;// CONCATENATED MODULE: ./src/cli/fix-files.ts





/** Check-and-fix rounds at most: overlapping fixes wait for the next round, and a fix that did not take ends it. */
const MAX_ROUNDS = 10;
/**
 * `--fix`: makes the mechanical fixes the check finds (blank lines and text
 * in a bundle, repeated blocks, a client file written CA first, a verified
 * CA a client sends copied into the truststore), checking again after each
 * round until nothing fixable is left. Writes only regular files inside the
 * root, never through a link.
 */
function fixFiles(settings) {
    const written = new Set();
    const untouched = new Set();
    const undone = new Set();
    let fixed = 0;
    for (let round = 0; round < MAX_ROUNDS; round++) {
        const findings = runCheck(settings).findings.filter((finding) => finding.fix && !untouched.has(finding.fix.file) && !undone.has(finding.fix.file));
        if (findings.length === 0)
            break;
        // Read afresh each round: the last round rewrote some.
        const files = new containment/* LinesUnder */.Ob(settings.root, settings.limits.maxFileSize);
        const linesOf = (file) => files.lines(file);
        const plan = (0,findings_fix/* planFixes */.T9)(findings.map((finding) => finding.fix), linesOf);
        for (const finding of findings)
            if (!linesOf(finding.fix.file))
                untouched.add(finding.fix.file);
        if (plan.applied.length === 0)
            break;
        const made = new Set(plan.applied.map(findings_fix/* fixKey */.hf));
        for (const [file, text] of plan.texts) {
            const target = external_node_path_default().join(settings.root, file);
            const original = (0,external_node_fs_.readFileSync)(target);
            // A file written with CRLF keeps them.
            (0,external_node_fs_.writeFileSync)(target, files.crlf(file) ? text.replace(/\n/g, '\r\n') : text);
            // Read back from the disk: the file must load what its fixes say, or it goes back as it was.
            const fixes = plan.applied.filter((fix) => fix.file === file);
            if (!(0,findings_fix/* fixHolds */.az)(original.toString('utf8'), (0,external_node_fs_.readFileSync)(target).toString('utf8'), fixes)) {
                (0,external_node_fs_.writeFileSync)(target, original);
                undone.add(file);
                for (const fix of fixes)
                    made.delete((0,findings_fix/* fixKey */.hf)(fix));
                continue;
            }
            written.add(file);
        }
        // Findings that share an edit (clients missing the same CA) are all fixed by it.
        fixed += findings.filter((finding) => made.has((0,findings_fix/* fixKey */.hf)(finding.fix))).length;
    }
    return { fixed, files: [...written].sort(), untouched: [...untouched].sort(), undone: [...undone].sort() };
}

;// CONCATENATED MODULE: ./src/report/workflow-commands.ts

/**
 * A GitHub Actions runner reads every line a step prints for workflow
 * commands: `::name args::value` at the start of a line (after blanks) and
 * the older `##[name args]value` anywhere in it. File names, subjects and
 * dates come from the pull request, so a file named
 * `::warning title=x::LGTM.pem` would otherwise annotate, mask or set outputs
 * on the author's behalf. These keep such text inert.
 */
/** Whether output goes to an Actions runner's log (the runner sets GITHUB_ACTIONS=true in every step). */
function onActionsRunner(env = process.env) {
    return env.GITHUB_ACTIONS === 'true';
}
/**
 * Text that cannot start a command: a zero-width space after the first `:`
 * of a leading `::` and after `##`. The runner trims only whitespace, which
 * the zero-width space is not; a reader sees the same characters. Leading
 * whitespace is .NET's, which the runner trims: JavaScript's `\s` lacks
 * U+0085 (NEXT LINE), which would otherwise hide a `::` behind it.
 */
function inertLines(text) {
    return text.replace(/^([\s\u0085]*):(?=:)/gm, '$1:\u200b').replace(/##\[/g, '##\u200b[');
}
/**
 * JSON (the report, SARIF) made inert without changing what it means: `[`
 * after `##` can only be inside a string, where `\u005b` is the same
 * character; a line of pretty-printed JSON never starts with `::`.
 */
function inertJson(json) {
    return json.replace(/##\[/g, '##\\u005b');
}
/**
 * Human-readable output between `::stop-commands::TOKEN` and `::TOKEN::`: the
 * runner ignores every command in between. The token is random per run, so
 * the text inside cannot guess it to resume commands early; lines are made
 * inert as well in case the output is read by something that ignores
 * stop-commands.
 */
function withoutCommands(text) {
    const token = (0,external_node_crypto_.randomBytes)(16).toString('hex');
    return `::stop-commands::${token}\n${inertLines(text)}${text.endsWith('\n') ? '' : '\n'}::${token}::\n`;
}

;// CONCATENATED MODULE: ./src/cli/main.ts





















const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;
/** Runs the CLI; returns the exit code. Never throws. */
async function main(argv, streams) {
    try {
        const { values: given, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: parseArgsOptions(),
        });
        // The options are the schema's, so parseArgs cannot type them: the flags given, by name.
        const values = given;
        const text = (name) => values[name];
        if (values.help) {
            streams.stdout.write(HELP);
            return EXIT_OK;
        }
        if (values.version) {
            streams.stdout.write(`${VERSION}\n`);
            return EXIT_OK;
        }
        if (values['list-rules']) {
            streams.stdout.write(text('format') === 'json' ? rulesAsJson() : renderRulesMarkdown());
            return EXIT_OK;
        }
        if (values['list-profiles']) {
            streams.stdout.write(text('format') === 'json' ? profilesAsJson() : renderProfilesMarkdown());
            return EXIT_OK;
        }
        if (values['list-settings']) {
            streams.stdout.write(text('format') === 'json' ? settingsAsJson() : renderSettingsMarkdown());
            return EXIT_OK;
        }
        if (positionals.length > 1)
            throw new errors/* UsageError */.e(`expected at most one root folder, got: ${positionals.join(' ')}`);
        const format = text('format') ?? 'text';
        if (format !== 'text' && format !== 'json' && format !== 'sarif')
            throw new errors/* UsageError */.e(`--format: "${format}" is not one of text, json, sarif`);
        if (values['fail-on-new'] && values.base === undefined)
            throw new errors/* UsageError */.e('--fail-on-new needs --base REF: without a base, no finding can be told new');
        const settings = await resolveSettings(positionals[0] ?? '.', overridesFrom((entry) => (entry.flag ? values[entry.name] : undefined)));
        // The base is opened first: its infrastructure code says what it deployed, and so what must still be checked.
        const baseRef = text('base');
        const base = baseRef !== undefined ? openBase(settings.root, baseRef) : undefined;
        const checked = await withDiscovery(settings, base);
        if (values['list-targets']) {
            const listing = formatTargets(checked, format === 'json' ? 'json' : 'text');
            // Resource names and messages come from the pull request's files: inert on a runner, like the report.
            streams.stdout.write(!onActionsRunner() ? listing : format === 'json' ? inertJson(listing) : withoutCommands(listing));
            return EXIT_OK;
        }
        if (values.fix) {
            const outcome = fixFiles(checked);
            // On stderr: stdout is the report, which may be JSON or SARIF.
            const untouched = outcome.untouched.length > 0
                ? ` Not fixed (not regular files inside ${settings.root}, or too large): ${outcome.untouched.join(', ')}.`
                : '';
            const undone = outcome.undone.length > 0
                ? ` Error: the fixed ${outcome.undone.join(', ')} did not load exactly the certificates the fixes said when read back, so the write was undone.`
                : '';
            const message = `truststore-check: fixed ${(0,severity/* plural */.LS)(outcome.fixed, 'problem')} in ${(0,severity/* plural */.LS)(outcome.files.length, 'file')}${outcome.files.length > 0 ? ` (${outcome.files.join(', ')})` : ''}.${untouched}${undone}\n`;
            streams.stderr.write(onActionsRunner() ? inertLines(message) : message);
        }
        const report = base ? checkChange(checked, base) : runCheck(checked);
        const output = text('output');
        if (output)
            await (0,promises_namespaceObject.writeFile)(output, formatJson(report));
        // In a workflow step, names and fields from the pull request must not become runner commands.
        const runner = onActionsRunner();
        if (format === 'json') {
            // In pieces: a large report's text is never held whole (jsonPieces).
            for (const piece of jsonPieces(report))
                streams.stdout.write(runner ? inertJson(piece) : piece);
        }
        else {
            const printed = format === 'sarif'
                ? formatSarif(report, (checked.targets[0] ?? settings.targets[0]).profile)
                : formatText(report);
            streams.stdout.write(!runner ? printed : format === 'text' ? withoutCommands(printed) : inertJson(printed));
        }
        return (0,report_report/* failsOn */.Hu)(report, checked.failOn, values['fail-on-new'] === true) ? EXIT_FINDINGS : EXIT_OK;
    }
    catch (error) {
        const usage = error instanceof errors/* UsageError */.e || error?.code?.startsWith('ERR_PARSE_ARGS');
        const message = `truststore-check: ${(0,errors/* describeError */.U)(error)}\n`;
        streams.stderr.write(onActionsRunner() ? inertLines(message) : message);
        if (usage) {
            streams.stderr.write('Run truststore-check --help for usage.\n');
            return EXIT_USAGE;
        }
        // Not a usage problem and not a finding: still exit 2 so CI never reads it as success.
        return EXIT_USAGE;
    }
}


/***/ }),

/***/ 8353:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ parseProfileDefinitions),
/* harmony export */   L: () => (/* binding */ checkKeys),
/* harmony export */   Q9: () => (/* binding */ parseSuppressions),
/* harmony export */   Rx: () => (/* binding */ parseTruststore),
/* harmony export */   XV: () => (/* binding */ parseFailOn),
/* harmony export */   Xq: () => (/* binding */ globList),
/* harmony export */   bs: () => (/* binding */ parseDays),
/* harmony export */   fE: () => (/* binding */ parseSeverities),
/* harmony export */   gY: () => (/* binding */ parseTargetName),
/* harmony export */   jZ: () => (/* binding */ parseProfile),
/* harmony export */   kd: () => (/* binding */ parseLimits),
/* harmony export */   pe: () => (/* binding */ parseTime),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   yP: () => (/* binding */ applyProfileOptions)
/* harmony export */ });
/* unused harmony export normaliseFingerprint */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _findings_severity_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5131);
/* harmony import */ var _inventory_glob_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1484);
/* harmony import */ var _inventory_limits_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5158);
/* harmony import */ var _profiles_customise_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2216);
/* harmony import */ var _profiles_registry_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(9908);
/* harmony import */ var _report_report_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(8850);
/* harmony import */ var _rules_registry_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(7531);








const SUPPRESSION_KEYS = ['rule', 'target', 'path', 'fingerprint', 'reason', 'expires'];
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function checkKeys(value, allowed, where) {
    for (const key of Object.keys(value)) {
        if (!allowed.includes(key))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${where}: unknown key "${key}" (expected one of: ${allowed.join(', ')})`);
    }
}
function globList(value, where) {
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list) || list.some((item) => typeof item !== 'string' || item.trim() === '')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${where}: expected a glob or a list of globs`);
    }
    return list.map((item) => item.trim());
}
/** The `truststore:` key: globs (each file its own truststore), or `{ bundle: [globs] }` (one bundle in that order). */
function parseTruststore(value, where) {
    if (isRecord(value)) {
        checkKeys(value, ['bundle'], where);
        return { globs: globList(value.bundle, `${where}.bundle`), bundle: true };
    }
    return { globs: globList(value, where), bundle: false };
}
/** Profiles the configuration defines, each `extends` a built-in one with some facts changed. */
function parseProfileDefinitions(value, where) {
    if (!isRecord(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${where}: expected a map of profile id to definition`);
    const defined = new Map();
    for (const [id, definition] of Object.entries(value)) {
        const here = `${where}.${id}`;
        if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${here}: a profile id is lowercase words joined by "-"`);
        if ((0,_profiles_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .findProfile */ .$O)(id))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${here}: "${id}" is a built-in profile; give yours another id`);
        if (!isRecord(definition))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${here}: expected a map with extends and the facts to change`);
        const { extends: baseId, ...changes } = definition;
        const base = typeof baseId === 'string' ? (0,_profiles_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .findProfile */ .$O)(baseId) : undefined;
        if (!base)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${here}.extends: expected one of ${profileIds()}`);
        try {
            defined.set(id, (0,_profiles_customise_js__WEBPACK_IMPORTED_MODULE_4__/* .extendProfile */ .Kh)(base, id, changes, here));
        }
        catch (error) {
            if (error instanceof _profiles_customise_js__WEBPACK_IMPORTED_MODULE_4__/* .ProfileError */ .eo)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${here}.${error.message}`);
            throw error;
        }
    }
    return defined;
}
function profileIds(extra = []) {
    return [..._profiles_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .BUILTIN_PROFILES */ .PE.map((profile) => profile.id), ...extra].join(', ');
}
function parseProfile(value, where, defined = new Map()) {
    const profile = typeof value === 'string' ? (defined.get(value) ?? (0,_profiles_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .findProfile */ .$O)(value)) : undefined;
    if (!profile) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${where}: unknown profile "${String(value)}" (expected one of: ${profileIds(defined.keys())})`);
    }
    return profile;
}
/** `profile-options:`: settings of the user's own gateway that the profile models (NGINX `ssl_verify_depth`). */
function applyProfileOptions(profile, value, where) {
    if (!isRecord(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${where}: expected a map of setting to value`);
    let result = profile;
    for (const [key, setting] of Object.entries(value)) {
        const option = profile.options?.find((candidate) => candidate.key === key);
        if (!option) {
            const known = profile.options?.map((candidate) => candidate.key).join(', ');
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${where}: "${key}" is not a setting of profile ${profile.id} (${known ? `expected one of: ${known}` : 'it has none'})`);
        }
        try {
            result = option.apply(result, setting);
        }
        catch (error) {
            if (error instanceof _profiles_customise_js__WEBPACK_IMPORTED_MODULE_4__/* .ProfileError */ .eo)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${where}.${error.message}`);
            throw error;
        }
    }
    return result;
}
/** A target's name: short, and safe in every channel (a file name, a Markdown heading, a check-run title). */
function parseTargetName(value, where) {
    if (typeof value !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${where}: a target name is 1 to 40 letters, digits, ".", "_" or "-", starting with a letter or digit`);
    return value;
}
function parseFailOn(value, where) {
    if (!_report_report_js__WEBPACK_IMPORTED_MODULE_7__/* .FAIL_ON_VALUES */ .Qm.includes(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${where}: "${String(value)}" is not one of ${_report_report_js__WEBPACK_IMPORTED_MODULE_7__/* .FAIL_ON_VALUES */ .Qm.join(', ')}`);
    return value;
}
function parseDays(value, where) {
    const text = String(value).trim();
    if (!/^\d+$/.test(text) || Number(text) > 36500)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${where}: "${String(value)}" is not a whole number of days (0 to 36500)`);
    return Number(text);
}
function parseTime(value, where) {
    const text = value instanceof Date ? value.toISOString() : String(value).trim();
    // A date alone means midnight UTC; anything else must carry a zone so runs are reproducible.
    const ok = /^\d{4}-\d{2}-\d{2}$/.test(text) ||
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text);
    const date = new Date(text);
    if (!ok || Number.isNaN(date.getTime())) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${where}: "${text}" is not an ISO time such as 2027-01-31 or 2027-01-31T12:00:00Z`);
    }
    return date;
}
function parseSeverities(value, where) {
    if (!isRecord(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${where}: expected a map of rule id to severity`);
    const result = {};
    for (const [id, severity] of Object.entries(value)) {
        const rule = (0,_rules_registry_js__WEBPACK_IMPORTED_MODULE_6__/* .findRule */ .I)(id);
        if (!rule)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${where}: unknown rule id "${id}"`);
        const allowed = rule.mandatory ? ['error'] : [..._findings_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC, 'off'];
        if (!allowed.includes(severity))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(rule.mandatory
                ? `${where}.${id}: it marks an incomplete check and is always an error`
                : `${where}.${id}: "${String(severity)}" is not one of ${allowed.join(', ')}`);
        result[id] = severity;
    }
    return result;
}
function normaliseFingerprint(value) {
    return value.replace(/[:\s]/g, '').toUpperCase();
}
function parseSuppressions(value, where) {
    if (!Array.isArray(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${where}: expected a list`);
    return value.map((entry, index) => {
        const here = `${where}[${index}]`;
        if (!isRecord(entry))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${here}: expected a map with rule, path or fingerprint, and reason`);
        checkKeys(entry, SUPPRESSION_KEYS, here);
        if (typeof entry.rule !== 'string' || !(0,_rules_registry_js__WEBPACK_IMPORTED_MODULE_6__/* .findRule */ .I)(entry.rule))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${here}.rule: unknown rule id "${String(entry.rule)}"`);
        if ((0,_rules_registry_js__WEBPACK_IMPORTED_MODULE_6__/* .findRule */ .I)(entry.rule)?.mandatory)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${here}.rule: ${entry.rule} marks an incomplete check and cannot be suppressed`);
        if (typeof entry.reason !== 'string' || entry.reason.trim() === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${here}.reason: a suppression needs a reason`);
        if (entry.path === undefined && entry.fingerprint === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${here}: give a path or a fingerprint (to turn a rule off everywhere, use rules:)`);
        const suppression = { rule: entry.rule, reason: entry.reason.trim() };
        if (entry.target !== undefined)
            suppression.target = parseTargetName(entry.target, `${here}.target`);
        if (entry.path !== undefined) {
            if (typeof entry.path !== 'string' || entry.path.trim() === '')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${here}.path: expected a path or glob`);
            suppression.path = entry.path.trim();
            (0,_inventory_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .globMatcher */ .fU)(suppression.path, `${here}.path`); // refuses what it cannot match, here rather than mid-run
        }
        if (entry.fingerprint !== undefined) {
            const fingerprint = typeof entry.fingerprint === 'string' ? normaliseFingerprint(entry.fingerprint) : '';
            if (!/^[0-9A-F]{64}$/.test(fingerprint))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${here}.fingerprint: expected a SHA-256 fingerprint (64 hex digits, colons allowed)`);
            suppression.fingerprint = fingerprint;
        }
        if (entry.expires !== undefined)
            suppression.expires = parseTime(entry.expires, `${here}.expires`);
        return suppression;
    });
}
function parseLimits(value, where) {
    if (!isRecord(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${where}: expected a map of limits`);
    checkKeys(value, Object.keys(_inventory_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .LIMIT_KEYS */ .n), where);
    const limits = { ..._inventory_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_LIMITS */ .d };
    for (const [key, raw] of Object.entries(value)) {
        if (typeof raw !== 'number' || !Number.isSafeInteger(raw) || raw < 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${where}.${key}: expected a whole number above 0`);
        limits[_inventory_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .LIMIT_KEYS */ .n[key]] = raw;
    }
    return limits;
}


/***/ }),

/***/ 8458:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ withEmbedded),
/* harmony export */   v: () => (/* binding */ notesFor)
/* harmony export */ });
/** The notes one target reports: its own, and (for the first target) those about no target. */
function notesFor(side, target, first) {
    if (!side)
        return [];
    return side.notes.filter((note) => (note.target === undefined ? first : note.target === target));
}
/**
 * A file tree with the embedded files added, under their own paths
 * (`k8s/secret.yaml#ca/ca.crt`). Only a path named exactly finds one: a
 * configured glob never matches content that is not a file.
 */
function withEmbedded(tree, embedded) {
    if (!embedded || embedded.size === 0)
        return tree;
    return {
        entriesBelow(base) {
            return embedded.has(base) ? [{ path: base }] : tree.entriesBelow(base);
        },
        filesIn: (folder) => tree.filesIn(folder),
        size: (relative) => embedded.get(relative)?.length ?? tree.size(relative),
        read: (relative) => embedded.get(relative) ?? tree.read(relative),
        ...(tree.prefetch
            ? { prefetch: (relatives) => tree.prefetch(relatives.filter((name) => !embedded.has(name))) }
            : {}),
    };
}


/***/ }),

/***/ 463:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ FORMAT_NAMES),
/* harmony export */   y: () => (/* binding */ emptyDiscovery)
/* harmony export */ });
/**
 * What discovery finds in a repository's infrastructure code: which local
 * file reaches which gateway as its truststore (or CRL), through which
 * resource, and how the gateway picks the version it serves. One model for
 * every format (Terraform, CloudFormation and SAM, CDK, Kubernetes).
 */
const FORMAT_NAMES = {
    terraform: 'Terraform',
    cloudformation: 'CloudFormation',
    cdk: 'AWS CDK',
    kubernetes: 'Kubernetes',
};
function emptyDiscovery() {
    return { files: [], targets: [], notes: [], embedded: new Map() };
}


/***/ }),

/***/ 3602:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mm: () => (/* binding */ SCRIPT),
/* harmony export */   R2: () => (/* binding */ YAML_OR_JSON),
/* harmony export */   gD: () => (/* binding */ NOT_INFRASTRUCTURE),
/* harmony export */   i$: () => (/* binding */ anyInfrastructure),
/* harmony export */   n0: () => (/* binding */ TERRAFORM),
/* harmony export */   su: () => (/* binding */ KUSTOMIZATION)
/* harmony export */ });
/* unused harmony export mayBeInfrastructure */
/**
 * Which file names may hold infrastructure code: decided from the listing
 * alone, so a repository without any costs nothing more than its listing
 * (the parsers and the rest of discovery are loaded only when one is there).
 */
const TERRAFORM = /\.tf$|(^|\/)terraform\.tfvars$|\.auto\.tfvars$/;
const YAML_OR_JSON = /\.(ya?ml|json|template)$|(^|\/)Kustomization$/;
const SCRIPT = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const KUSTOMIZATION = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;
/** Files of those extensions that are never infrastructure: not even looked into. */
const NOT_INFRASTRUCTURE = /(^|\/)(package(-lock)?\.json|tsconfig(\.[\w-]+)?\.json|\.?[\w-]*rc\.json|composer\.(json|lock)|\.truststore-check\.ya?ml)$|\.d\.[cm]?ts$|\.min\.js$/;
/**
 * Files of a listing that discovery may read: what a base commit fetched
 * through the API must include. Scripts count only in a CDK app (a cdk.json
 * somewhere), so a change to many source files costs no fetches.
 */
function mayBeInfrastructure(files) {
    const cdk = files.some((file) => file === 'cdk.json' || file.endsWith('/cdk.json'));
    return files.filter((file) => TERRAFORM.test(file) ||
        KUSTOMIZATION.test(file) ||
        (!NOT_INFRASTRUCTURE.test(file) && (YAML_OR_JSON.test(file) || (cdk && SCRIPT.test(file)))));
}
/** Whether any listed file may be infrastructure code (or a link to some, which is reported). */
function anyInfrastructure(files, links) {
    return (links.some((link) => TERRAFORM.test(link) || KUSTOMIZATION.test(link)) ||
        files.some((file) => TERRAFORM.test(file) ||
            KUSTOMIZATION.test(file) ||
            (!NOT_INFRASTRUCTURE.test(file) && (YAML_OR_JSON.test(file) || SCRIPT.test(file)))));
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ describeError),
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
/**
 * A problem with how the check was asked for (flags, configuration, globs),
 * as opposed to a problem found in the certificates. The CLI exits 2 on it.
 */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
/** A message for any thrown value; errors from other realms can fail `instanceof Error`. */
function describeError(error) {
    if (error && typeof error === 'object' && 'message' in error)
        return String(error.message);
    return String(error);
}


/***/ }),

/***/ 7625:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nk: () => (/* binding */ certificateBlock),
/* harmony export */   T9: () => (/* binding */ planFixes),
/* harmony export */   az: () => (/* binding */ fixHolds),
/* harmony export */   hf: () => (/* binding */ fixKey)
/* harmony export */ });
/* unused harmony exports canonicalPem, replacementLines, applyFix, loadedCertificates */
/* harmony import */ var _inventory_objects_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5327);

/**
 * A certificate as canonical PEM lines: the plain CERTIFICATE label and its
 * DER in base64, 64 characters a line, which every reader reads alike.
 */
function canonicalPem(der) {
    const base64 = Buffer.from(der).toString('base64');
    const lines = ['-----BEGIN CERTIFICATE-----'];
    for (let i = 0; i < base64.length; i += 64)
        lines.push(base64.slice(i, i + 64));
    lines.push('-----END CERTIFICATE-----');
    return lines;
}
/** A fix part writing `der` as canonical PEM. */
function certificateBlock(der) {
    return { certificate: Buffer.from(der).toString('base64') };
}
/**
 * The lines that take the place of the fixed span, or undefined when a span
 * lies outside its file (the file changed since it was checked) or is
 * another file's.
 */
function replacementLines(fix, linesOf) {
    const result = [];
    for (const part of fix.replacement) {
        if ('certificate' in part) {
            result.push(...canonicalPem(Buffer.from(part.certificate, 'base64')));
            continue;
        }
        if (part.file !== fix.file)
            return undefined;
        const lines = linesOf(part.file);
        if (!lines || part.line < 1 || part.endLine < part.line || part.endLine > lines.length)
            return undefined;
        result.push(...lines.slice(part.line - 1, part.endLine));
    }
    return result;
}
/** The text of `fix.file` with the fix applied (as a one-click suggestion would), or undefined when it no longer fits. */
function applyFix(fix, linesOf) {
    return planFixes([fix], linesOf).texts.get(fix.file);
}
/** Fixes that would make the same edit are one: eleven clients missing the same CA need it added once. */
function fixKey(fix) {
    const parts = (parts) => parts.map((p) => ('certificate' in p ? p.certificate : `${p.file}:${p.line}-${p.endLine}`)).join(',');
    return `${parts([fix])}=${parts(fix.replacement)}`;
}
/**
 * The certificates OpenSSL's reader loads from a text (SHA-256), or
 * undefined when it fails on it; `unambiguous`: also undefined when Go's
 * reader loads others.
 */
function loadedCertificates(text, unambiguous = false) {
    const read = (0,_inventory_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .readObjects */ .$)(Buffer.from(text, 'utf8'));
    if (read.loadFailure || read.truncated || (unambiguous && read.disagreement))
        return undefined;
    return read.objects.flatMap((object) => (object.kind === 'certificate' ? [object.certificate.sha256] : []));
}
/**
 * Whether `after` loads exactly what `before` loads with the fixes' changes
 * made: the same set of certificates, plus those they add and less those
 * they remove, and nothing any reader reads differently.
 */
function fixHolds(before, after, fixes) {
    const was = loadedCertificates(before);
    const now = loadedCertificates(after, true);
    if (!now)
        return false;
    const expected = new Set(was ?? []);
    for (const fix of fixes) {
        for (const sha256 of fix.certificates?.added ?? [])
            expected.add(sha256);
        for (const sha256 of fix.certificates?.removed ?? [])
            expected.delete(sha256);
    }
    const got = new Set(now);
    return got.size === expected.size && [...got].every((sha256) => expected.has(sha256));
}
const joinLines = (lines) => (lines.length > 0 ? `${lines.join('\n')}\n` : '');
/**
 * Plans the fixes that can be made together: in each file, those that do
 * not overlap one taken before (in line order); a fix whose lines or
 * sources cannot be read is left out, and so is one whose result does not
 * load what it says (see fixHolds). Every replacement is taken from the
 * files as they were read, so one fix never reads another's result; what
 * is left out is for another pass, after a fresh check.
 */
function planFixes(fixes, linesOf) {
    const unique = [...new Map(fixes.map((fix) => [fixKey(fix), fix])).values()];
    const byFile = new Map();
    for (const fix of unique)
        byFile.set(fix.file, [...(byFile.get(fix.file) ?? []), fix]);
    const texts = new Map();
    const applied = [];
    for (const [file, candidates] of byFile) {
        const lines = linesOf(file);
        if (!lines)
            continue;
        const before = joinLines(lines);
        const edit = (taken) => {
            const result = [...lines];
            // Bottom up, so the line numbers of the edits above stay true.
            for (const { fix, replacement } of [...taken].reverse())
                result.splice(fix.line - 1, fix.endLine - fix.line + 1, ...replacement);
            return joinLines(result);
        };
        let taken = [];
        for (const fix of [...candidates].sort((a, b) => a.line - b.line || a.endLine - b.endLine)) {
            const previous = taken[taken.length - 1];
            if (previous && fix.line <= previous.fix.endLine)
                continue;
            if (fix.line < 1 || fix.endLine < fix.line || fix.endLine > lines.length)
                continue;
            const replacement = replacementLines(fix, linesOf);
            if (replacement && fixHolds(before, edit([{ fix, replacement }]), [fix]))
                taken.push({ fix, replacement });
        }
        // Each holds alone; together they must too, or only the first is made this pass.
        if (taken.length > 1 &&
            !fixHolds(before, edit(taken), taken.map((entry) => entry.fix)))
            taken = taken.slice(0, 1);
        if (taken.length === 0)
            continue;
        texts.set(file, edit(taken));
        applied.push(...taken.map((entry) => entry.fix));
    }
    return { texts, applied };
}


/***/ }),

/***/ 5131:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Id: () => (/* binding */ capSeverity),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Np: () => (/* binding */ bySeverity),
/* harmony export */   oC: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/* unused harmony export SEVERITY_ICON */
/** Finding severities, most severe first: the one definition of their order and look. */
const SEVERITIES = ['error', 'warning', 'notice'];
const RANK = { error: 0, warning: 1, notice: 2 };
/** Sorts most severe first. */
function bySeverity(a, b) {
    return RANK[a] - RANK[b];
}
/** The less severe of the two: a severity never rises above its cap. */
function capSeverity(severity, cap) {
    return RANK[severity] >= RANK[cap] ? severity : cap;
}
const SEVERITY_ICON = { error: '🔴', warning: '🟡', notice: '🔵' };
/** `1 error`, `3 warnings`. */
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 228:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CQ: () => (/* binding */ readClientFile),
/* harmony export */   J$: () => (/* binding */ ROLE_WORDS),
/* harmony export */   kp: () => (/* binding */ roleOf)
/* harmony export */ });
/* harmony import */ var _inventory_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(556);

const cache = new WeakMap();
function isCa(object) {
    return object.certificate.basicConstraints?.ca === true;
}
function readClientFile(file) {
    let split = cache.get(file);
    if (!split) {
        const [leaf, ...sent] = (0,_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .certificatesOf */ .mm)(file);
        const ownIndex = leaf && isCa(leaf) ? sent.findIndex((object) => !isCa(object)) : -1;
        split = {
            ...(leaf ? { leaf } : {}),
            sent,
            ...(ownIndex >= 0 ? { ownAfterCa: sent[ownIndex] } : {}),
            leadingCas: leaf && ownIndex >= 0 ? [leaf, ...sent.slice(0, ownIndex)] : [],
        };
        cache.set(file, split);
    }
    return split;
}
/** What a certificate is to the gateway: part of the bundle, a client's own, or something a client sends with it. */
function roleOf(file, object) {
    if (file.role === 'truststore')
        return 'truststore';
    return readClientFile(file).leaf === object ? 'client' : 'sent';
}
/** How a certificate is referred to in messages. */
const ROLE_WORDS = {
    truststore: 'truststore certificate',
    client: 'client certificate',
    sent: 'certificate the client sends',
};


/***/ }),

/***/ 9722:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Ob: () => (/* binding */ LinesUnder),
  FK: () => (/* binding */ isInside),
  oG: () => (/* binding */ realPathInside)
});

// UNUSED EXPORTS: readRegularFileInside, unwritableReason

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/text/lines.ts
/** A file's lines as the findings number them: split at LF, a CR before it dropped, no line after a final newline. */
function fileLines(text) {
    const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
    if (lines.length > 1 && lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}

;// CONCATENATED MODULE: ./src/inventory/containment.ts



/**
 * Symbolic links are committed like files, so a pull request can point one
 * anywhere on the runner. Every path the tool reads or writes on the
 * repository's behalf is resolved to its real location and must stay inside
 * the folder it belongs to.
 */
/** Whether `real` (a resolved path) is `root` or inside it. */
function isInside(root, real) {
    const relative = external_node_path_default().relative(root, real);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_default().isAbsolute(relative));
}
/**
 * The real path of an existing `target`, or undefined when it (or a folder
 * on the way, or a link in it) leads outside the real path of `root`.
 */
function realPathInside(root, target) {
    const real = (0,external_node_fs_.realpathSync)(target);
    return isInside((0,external_node_fs_.realpathSync)(root), real) ? real : undefined;
}
/**
 * Where a file may be written inside `root`: its folder's real path must be
 * inside, and the file itself must not be a link (writing would follow it).
 * Returns a reason when it may not.
 */
function unwritableReason(root, target) {
    // The nearest folder that exists: creating the rest under a link would create them outside.
    let folder = path.dirname(target);
    while (!existsSync(folder) && path.dirname(folder) !== folder)
        folder = path.dirname(folder);
    if (!realPathInside(root, folder))
        return 'its folder leads outside the workspace';
    try {
        if (lstatSync(target).isSymbolicLink())
            return 'it is a symbolic link, which is never written through';
    }
    catch {
        // does not exist yet: nothing to follow
    }
    return undefined;
}
/**
 * The bytes of `relative` under `root` when it is a regular file (not a
 * link, pipe or device), inside `root` however reached, and at most
 * `maxSize` bytes; otherwise undefined. Never throws.
 */
function readRegularFileInside(root, relative, maxSize) {
    try {
        const file = external_node_path_default().join(root, relative);
        const stats = (0,external_node_fs_.lstatSync)(file);
        if (!stats.isFile() || stats.size > maxSize || !realPathInside(root, file))
            return undefined;
        return (0,external_node_fs_.readFileSync)(file);
    }
    catch {
        return undefined;
    }
}
/**
 * The lines of files under `root` as they are now (for the text of fixes),
 * each file read once, through readRegularFileInside: anything else reads
 * as undefined.
 */
class LinesUnder {
    root;
    maxSize;
    read = new Map();
    constructor(root, maxSize) {
        this.root = root;
        this.maxSize = maxSize;
    }
    lines(relative) {
        return this.file(relative)?.lines;
    }
    /** Whether the file ends its lines with CRLF (its lines are given without the CR). */
    crlf(relative) {
        return this.file(relative)?.crlf ?? false;
    }
    file(relative) {
        if (!this.read.has(relative)) {
            const text = readRegularFileInside(this.root, relative, this.maxSize)?.toString('utf8');
            this.read.set(relative, text === undefined ? undefined : { lines: fileLines(text), crlf: text.includes('\r\n') });
        }
        return this.read.get(relative);
    }
}


/***/ }),

/***/ 8993:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ Walker),
/* harmony export */   h: () => (/* binding */ PRUNED_FOLDERS)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _containment_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9722);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3916);




/**
 * Never walked: git's own folder, which holds no committed file (git refuses
 * to track a path with a `.git` component). Everything else a `**` reaches
 * is walked, `node_modules` and dot-folders included, as bash's globstar and
 * every deploy script that copies `certs/**` include them: a CA or client
 * skipped here would still reach the gateway.
 */
const PRUNED_FOLDERS = new Set(['.git']);
function describeSpecial(stats) {
    if (stats.isFIFO())
        return 'a named pipe (FIFO)';
    if (stats.isSocket())
        return 'a socket';
    if (stats.isCharacterDevice() || stats.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
/**
 * Walks the repository below the patterns' fixed prefixes without following
 * symbolic links out of it. Unlike a glob library, it keeps what it will not
 * read (links leaving the repository, pipes, devices) so they can be
 * reported instead of vanishing.
 */
class Walker {
    root;
    realRoot;
    cache = new Map();
    listings = new Map();
    /** The sizes the walk saw: planning a file then costs no second stat. */
    sizes = new Map();
    constructor(root) {
        this.root = root;
        this.realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
    }
    inside(real) {
        return (0,_containment_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(this.realRoot, real);
    }
    /**
     * What a path is: a file to read, a skipped entry, a folder to walk, or
     * nothing. `start`: a pattern's fixed part, whose folders on the way were
     * not walked, so a link among them could lead anywhere.
     */
    classify(relative, start = false) {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.root, relative);
        const skip = (severity, reason) => ({
            entry: { path: relative, skipped: { severity, reason } },
        });
        let stats;
        try {
            stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolute);
        }
        catch {
            return {};
        }
        if (start && relative !== '' && !stats.isSymbolicLink()) {
            let real;
            try {
                real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(absolute);
            }
            catch {
                return {};
            }
            if (!this.inside(real))
                return skip('error', 'a folder on its path is a symbolic link to outside the repository, which is not followed');
        }
        if (stats.isDirectory())
            return { folder: true };
        if (stats.isFile()) {
            this.sizes.set(relative, stats.size);
            return { entry: { path: relative } };
        }
        if (!stats.isSymbolicLink())
            return skip('notice', `it is ${describeSpecial(stats)}, which is skipped`);
        let real;
        try {
            real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(absolute);
        }
        catch {
            return skip('error', 'it is a broken symbolic link');
        }
        if (!this.inside(real))
            return skip('error', 'it is a symbolic link to a path outside the repository, which is not followed');
        let target;
        try {
            target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
        }
        catch {
            return skip('error', 'its link target cannot be read');
        }
        // Folders linked from inside the repository are reachable directly; following them could loop.
        if (target.isDirectory())
            return {};
        if (target.isFile()) {
            this.sizes.set(relative, target.size);
            return { entry: { path: relative } };
        }
        return skip('notice', `it links to ${describeSpecial(target)}, which is skipped`);
    }
    filesIn(folder) {
        let names = this.listings.get(folder);
        if (!names) {
            try {
                names = new Set((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.root, folder), { withFileTypes: true })
                    .filter((entry) => entry.isFile())
                    .map((entry) => entry.name));
            }
            catch {
                names = new Set();
            }
            this.listings.set(folder, names);
        }
        return names;
    }
    size(relative) {
        const walked = this.sizes.get(relative);
        if (walked !== undefined)
            return walked;
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.root, relative)).size;
        }
        catch (error) {
            return { error: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .U)(error) };
        }
    }
    read(relative) {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.root, relative));
        }
        catch (error) {
            return { error: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .U)(error) };
        }
    }
    /** Every entry below `base` (a folder or a single path), relative to the root. */
    entriesBelow(base) {
        const cached = this.cache.get(base);
        if (cached)
            return cached;
        const entries = [];
        const start = this.classify(base, true);
        if (start.entry)
            entries.push(start.entry);
        const folders = start.folder ? [base] : [];
        while (folders.length > 0) {
            const folder = folders.pop();
            let names;
            try {
                names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.root, folder)).sort();
            }
            catch {
                continue;
            }
            for (const name of names) {
                if (PRUNED_FOLDERS.has(name))
                    continue;
                const relative = folder === '' ? name : `${folder}/${name}`;
                const found = this.classify(relative);
                if (found.entry)
                    entries.push(found.entry);
                if (found.folder)
                    folders.push(relative);
            }
        }
        this.cache.set(base, entries);
        return entries;
    }
}


/***/ }),

/***/ 1083:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Vq: () => (/* binding */ CERTIFICATE_FILE_ROLES),
/* harmony export */   jZ: () => (/* binding */ pairingBaseName),
/* harmony export */   lY: () => (/* binding */ findFiles)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1484);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
/* harmony import */ var _file_tree_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8993);




/** The files whose certificates the gateway uses: those it trusts and those clients present. A certificate in a CRL or key file is neither. */
const CERTIFICATE_FILE_ROLES = ['truststore', 'client'];
/** Names a private key for `client.pem` is commonly given. */
const KEY_SIBLING_SUFFIXES = ['.key', '.key.pem', '-key.pem', '_key.pem', '.pem.key'];
const CERTIFICATE_EXTENSION = /\.(pem|crt|cer|der|cert)$/i;
function checkPattern(pattern, option) {
    if (pattern.trim() === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${option}: empty glob`);
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(pattern) || /^[A-Za-z]:[\\/]/.test(pattern)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${option}: "${pattern}" is absolute; globs are relative to the repository root`);
    }
    if (pattern.split(/[\\/]/).includes('..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${option}: "${pattern}" reaches outside the repository root`);
    }
}
/** `certs/client` for `certs/client.pem`, `certs/client.key`, `certs/client-key.pem`... */
function pairingBaseName(file) {
    for (const suffix of KEY_SIBLING_SUFFIXES) {
        if (file.endsWith(suffix))
            return file.slice(0, -suffix.length);
    }
    return file.replace(CERTIFICATE_EXTENSION, '');
}
/**
 * The files the patterns match. `ordered`: in the order of the patterns, each
 * pattern's matches sorted, each file once (the order `cat` concatenates a
 * bundle in); otherwise all sorted by path.
 */
function match(tree, root, patterns, option, ordered, unmatchedOk) {
    const found = new Map();
    for (const pattern of patterns) {
        checkPattern(pattern, option);
        const normalised = pattern.replace(/\\/g, '/').replace(/^\.\//, '');
        const wildcard = (0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .isGlob */ .fg)(normalised);
        const matches = wildcard ? (0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .globMatcher */ .fU)(normalised, option) : (candidate) => candidate === normalised;
        const base = wildcard ? (0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .globBase */ .EI)(normalised) : normalised;
        // The fixed part itself refused (a link out of the repository) is reported whatever the pattern matches.
        const entries = tree
            .entriesBelow(base)
            .filter((entry) => matches(entry.path) || (entry.path === base && entry.skipped));
        if (entries.length === 0 && !unmatchedOk)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${option}: "${pattern}" matches no file under ${root}`);
        entries.sort(byPath);
        for (const entry of entries)
            if (!found.has(entry.path))
                found.set(entry.path, entry);
    }
    return ordered ? [...found.values()] : [...found.values()].sort(byPath);
}
function byPath(a, b) {
    return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
/** Key files beside the certificate files; each folder is listed once, not probed per name. */
function keySiblings(tree, certificateFiles, taken) {
    const keys = [];
    for (const file of certificateFiles) {
        const base = pairingBaseName(file);
        // path.posix.dirname and basename, without their cost on every one of thousands of files.
        const slash = base.lastIndexOf('/');
        const names = tree.filesIn(slash < 0 ? '.' : base.slice(0, slash));
        const stem = base.slice(slash + 1);
        for (const suffix of KEY_SIBLING_SUFFIXES) {
            const candidate = base + suffix;
            if (!names.has(stem + suffix) || taken.has(candidate))
                continue;
            taken.add(candidate);
            keys.push(candidate);
        }
    }
    return keys;
}
/**
 * Resolves the globs to files under `root`. A file matched by both globs is a
 * truststore file (the stricter reading). Globs that match nothing are an
 * error: a typo must not turn into a silent pass. Past `maxFiles`, the first
 * file left out carries the count of all that were. With `bundle`, the
 * truststore files keep the order of their globs (they are concatenated so).
 */
function findFiles(request) {
    if (request.truststore.length === 0) {
        // Clients alone would pass with no chain judged: nothing to check them against is not a pass.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(request.clients.length === 0
            ? 'nothing to check: no truststore or client-certificate globs were given (flags, action inputs or .truststore-check.yml)'
            : 'client certificates are given but no truststore: there is nothing to judge them against. Name the truststore the gateway receives (--truststore, the truststore input, or truststore: in .truststore-check.yml)');
    }
    const tree = request.tree ?? new _file_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .Walker */ .J(request.root);
    const lenient = request.unmatchedOk ?? false;
    const truststore = match(tree, request.root, request.truststore, 'truststore', request.bundle ?? false, lenient);
    const taken = new Set(truststore.map((entry) => entry.path));
    const clients = match(tree, request.root, request.clients, 'clients', false, lenient).filter((entry) => !taken.has(entry.path));
    for (const entry of clients)
        taken.add(entry.path);
    // In glob order, like a bundle: which of two equally good CRLs OpenSSL uses depends on their order.
    const crls = match(tree, request.root, request.crls ?? [], 'crls', true, lenient).filter((entry) => !taken.has(entry.path));
    for (const entry of crls)
        taken.add(entry.path);
    const readable = (entries) => entries.filter((entry) => !entry.skipped).map((entry) => entry.path);
    const keys = keySiblings(tree, [...readable(truststore), ...readable(clients)], taken);
    const located = [
        ...truststore.map((entry) => ({ ...entry, role: 'truststore' })),
        ...clients.map((entry) => ({ ...entry, role: 'client' })),
        ...crls.map((entry) => ({ ...entry, role: 'crl' })),
        ...keys.map((file) => ({ path: file, role: 'key' })),
    ];
    if (located.length <= request.maxFiles)
        return located;
    const over = located.length - request.maxFiles;
    const first = located[request.maxFiles];
    const reason = `${located.length} files matched, over the limit of ${request.maxFiles} (limits.max-files): this one and ${over - 1} more were not read`;
    return [...located.slice(0, request.maxFiles), { ...first, skipped: { severity: 'error', reason } }];
}


/***/ }),

/***/ 1484:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ globBase),
/* harmony export */   fU: () => (/* binding */ globMatcher),
/* harmony export */   fg: () => (/* binding */ isGlob)
/* harmony export */ });
/* unused harmony export MAX_PATTERN_LENGTH */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);

/**
 * Glob patterns (`*`, `?`, `[...]`, `**`, `{a,b}`) matched in time
 * proportional to pattern × path. Patterns come from the configuration file,
 * which a pull request can edit; a regular-expression matcher (picomatch)
 * backtracks exponentially on patterns like `**` + `/*a*a*a*a*b` — minutes per
 * path. Matching is segment by segment: `**` takes zero or more whole
 * segments (a table over pattern and path segments), and within a segment a
 * `*` never crosses `/` and is matched by the usual greedy algorithm that
 * only ever returns to the last star. Dot files match like any other
 * (picomatch's `dot: true`).
 */
/** A bound on `{a,b}` expansion, so nested braces cannot multiply without end. */
const MAX_ALTERNATIVES = 64;
const MAX_PATTERN_LENGTH = 1024;
const GLOB_CHARACTERS = /[*?[\]{}]/;
/** Whether a pattern has any wildcard (otherwise it names one path). */
function isGlob(pattern) {
    return GLOB_CHARACTERS.test(pattern.replace(/\\./g, ''));
}
/** The leading segments without wildcards: the folder a walk must start from (`''` for the root). */
function globBase(pattern) {
    const segments = pattern.split('/');
    const fixed = [];
    for (const segment of segments.slice(0, -1)) {
        if (isGlob(segment))
            break;
        fixed.push(segment.replace(/\\(.)/g, '$1'));
    }
    return fixed.join('/');
}
/** `{a,b}` expanded (innermost first), at most MAX_ALTERNATIVES patterns. */
function expandBraces(pattern, option) {
    const results = [];
    const pending = [pattern];
    while (pending.length > 0) {
        const current = pending.pop();
        const open = innermostBrace(current);
        if (!open) {
            results.push(current);
            continue;
        }
        const { start, end, alternatives } = open;
        for (const alternative of alternatives) {
            pending.push(current.slice(0, start) + alternative + current.slice(end + 1));
            if (pending.length + results.length > MAX_ALTERNATIVES)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${option}: "${pattern}" expands to more than ${MAX_ALTERNATIVES} patterns`);
        }
    }
    return results;
}
function innermostBrace(pattern) {
    let start = -1;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\')
            i++;
        else if (c === '{')
            start = i;
        else if (c === '}' && start >= 0) {
            const body = pattern.slice(start + 1, i);
            // `{a}` without a comma is literal, as in a shell.
            if (!body.includes(','))
                return undefined;
            return { start, end: i, alternatives: body.split(',') };
        }
    }
    return undefined;
}
function tokenize(segment) {
    const tokens = [];
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '\\' && i + 1 < segment.length)
            tokens.push({ kind: 'literal', char: segment[++i] });
        else if (c === '*') {
            if (tokens.at(-1)?.kind !== 'star')
                tokens.push({ kind: 'star' });
        }
        else if (c === '?')
            tokens.push({ kind: 'any' });
        else if (c === '[') {
            const close = segment.indexOf(']', i + 2);
            if (close < 0) {
                tokens.push({ kind: 'literal', char: c });
                continue;
            }
            let body = segment.slice(i + 1, close);
            const negated = body.startsWith('!') || body.startsWith('^');
            if (negated)
                body = body.slice(1);
            const ranges = [];
            for (let j = 0; j < body.length; j++) {
                if (body[j + 1] === '-' && j + 2 < body.length) {
                    ranges.push([body[j], body[j + 2]]);
                    j += 2;
                }
                else
                    ranges.push([body[j], body[j]]);
            }
            tokens.push({ kind: 'class', negated, ranges });
            i = close;
        }
        else
            tokens.push({ kind: 'literal', char: c });
    }
    return tokens;
}
function matchesOne(token, char) {
    if (token.kind === 'any')
        return true;
    if (token.kind === 'literal')
        return token.char === char;
    const inside = token.ranges.some(([low, high]) => char >= low && char <= high);
    return inside !== token.negated;
}
/** Wildcard matching of one path segment: greedy, returning only to the last `*` (O(pattern × name)). */
function segmentMatches(tokens, name) {
    let t = 0;
    let n = 0;
    let starAt = -1;
    let resumeAt = 0;
    while (n < name.length) {
        const token = tokens[t];
        if (token && token.kind !== 'star' && matchesOne(token, name[n])) {
            t++;
            n++;
        }
        else if (token?.kind === 'star') {
            starAt = t++;
            resumeAt = n;
        }
        else if (starAt >= 0) {
            t = starAt + 1;
            n = ++resumeAt;
        }
        else
            return false;
    }
    while (tokens[t]?.kind === 'star')
        t++;
    return t === tokens.length;
}
function compile(pattern) {
    return pattern.split('/').map((segment) => (segment === '**' ? 'globstar' : tokenize(segment)));
}
/** `**` matches zero or more segments: a table over (pattern segment, path segment), each entry computed once. */
function pathMatches(pattern, segments) {
    const width = segments.length + 1;
    // 0 unknown, 1 match, 2 no match
    const memo = new Uint8Array((pattern.length + 1) * width);
    const at = (p, s) => {
        const cell = p * width + s;
        if (memo[cell])
            return memo[cell] === 1;
        let result;
        if (p === pattern.length)
            result = s === segments.length;
        else {
            const segment = pattern[p];
            if (segment === 'globstar')
                result = at(p + 1, s) || (s < segments.length && at(p, s + 1));
            else
                result = s < segments.length && segmentMatches(segment, segments[s]) && at(p + 1, s + 1);
        }
        memo[cell] = result ? 1 : 2;
        return result;
    };
    return at(0, 0);
}
/** A matcher for POSIX paths relative to the root; throws a UsageError naming `option` for a pattern it cannot take. */
function globMatcher(pattern, option) {
    if (pattern.length > MAX_PATTERN_LENGTH)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${option}: a glob of ${pattern.length} characters is over the limit of ${MAX_PATTERN_LENGTH}`);
    if (/[@!+*?]\(/.test(pattern.replace(/\\./g, '')) || pattern.startsWith('!'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${option}: "${pattern}" uses extended glob syntax, which is not supported`);
    const compiled = expandBraces(pattern, option).map(compile);
    return (path) => {
        const segments = path.split('/');
        return compiled.some((one) => pathMatches(one, segments));
    };
}


/***/ }),

/***/ 556:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ crlsOf),
/* harmony export */   g6: () => (/* binding */ planInventory),
/* harmony export */   io: () => (/* binding */ readBytes),
/* harmony export */   mm: () => (/* binding */ certificatesOf),
/* harmony export */   sm: () => (/* binding */ sourceFile)
/* harmony export */ });
/* unused harmony exports readPlanned, filesToRead, buildInventory */
/* harmony import */ var _file_tree_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8993);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1083);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5158);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5327);




function notRead(relative, role, reason, size = 0) {
    return { path: relative, role, size, objects: [], notRead: { severity: 'error', reason } };
}
/** The largest file of a role the limits let through, and the setting that says so. */
function maxSizeOf(role, limits) {
    return role === 'crl' ? [limits.maxCrlFileSize, 'max-crl-file-size'] : [limits.maxFileSize, 'max-file-size'];
}
function tooLarge(relative, role, size, limits) {
    const [maxSize, limitKey] = maxSizeOf(role, limits);
    if (size <= maxSize)
        return undefined;
    return notRead(relative, role, `it is ${size.toLocaleString('en-US')} bytes, over the limit of ${maxSize.toLocaleString('en-US')} (limits.${limitKey})`, size);
}
function planInventory(request) {
    const limits = request.limits ?? _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_LIMITS */ .d;
    const tree = request.tree ?? new _file_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .Walker */ .J(request.root);
    const located = (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .findFiles */ .lY)({ ...request, tree, maxFiles: limits.maxFiles });
    tree.prefetch?.(withinLimits(tree, located, limits));
    let total = 0;
    const files = located.map(({ path: relative, role, skipped }) => {
        if (skipped)
            return { path: relative, role, skipped: { path: relative, role, size: 0, objects: [], notRead: skipped } };
        const size = tree.size(relative);
        // Judged before reading: a 2 GB file is never loaded to find out it is too large.
        if (typeof size !== 'number')
            return { path: relative, role, skipped: notRead(relative, role, `it cannot be read (${size.error})`) };
        const large = tooLarge(relative, role, size, limits);
        if (large)
            return { path: relative, role, skipped: large };
        if (total + size > limits.maxTotalSize)
            return {
                path: relative,
                role,
                skipped: notRead(relative, role, `reading it would pass the limit of ${limits.maxTotalSize.toLocaleString('en-US')} bytes for one run (limits.max-total-size)`, size),
            };
        total += size;
        return { path: relative, role };
    });
    const truststoreFiles = files.flatMap((file, index) => (file.role === 'truststore' ? [index] : []));
    const bundles = request.bundle ? [truststoreFiles] : truststoreFiles.map((index) => [index]);
    return { root: request.root, tree, limits, files, bundles: bundles.filter((bundle) => bundle.length > 0) };
}
/** A planned file's bytes, or the file as reported when they cannot be read; never throws. */
function readBytes(tree, file, limits) {
    if (file.skipped)
        return file.skipped;
    const bytes = tree.read(file.path);
    if (!(bytes instanceof Uint8Array))
        return notRead(file.path, file.role, `it cannot be read (${bytes.error})`);
    // The file may have grown since its size was judged.
    return tooLarge(file.path, file.role, bytes.length, limits) ?? bytes;
}
/** Reads a planned file and what it holds; never throws. */
function readPlanned(tree, file, limits) {
    const bytes = readBytes(tree, file, limits);
    return bytes instanceof Uint8Array ? sourceFile(file.path, file.role, bytes, limits.maxObjectsPerFile) : bytes;
}
/** A file's content as the rules see it; also how tests build files in memory. */
function sourceFile(relative, role, bytes, maxObjects = Infinity) {
    const { objects, blankLines, truncated, loadFailure, notLoaded, disagreement, lineCount, readerError } = (0,_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .readObjects */ .$)(bytes, maxObjects, role);
    const file = {
        path: relative,
        role,
        size: bytes.length,
        objects,
        ...(blankLines && blankLines.length > 0 ? { blankLines } : {}),
        ...(loadFailure ? { loadFailure } : {}),
        ...(notLoaded ? { notLoaded } : {}),
        ...(disagreement ? { disagreement } : {}),
        ...(lineCount !== undefined ? { lineCount } : {}),
        ...(readerError !== undefined ? { readerError } : {}),
    };
    if (truncated)
        file.notRead = {
            severity: 'error',
            reason: `it holds more than ${maxObjects.toLocaleString('en-US')} blocks (limits.max-objects-per-file); only those before line ${truncated.line} were read`,
        };
    return file;
}
/** The located files the limits let through, judged by size before anything is read. */
function withinLimits(tree, located, limits) {
    let total = 0;
    return located
        .filter(({ path: relative, role, skipped }) => {
        const size = tree.size(relative);
        const max = role === 'crl' ? limits.maxCrlFileSize : limits.maxFileSize;
        if (skipped || typeof size !== 'number' || size > max || total + size > limits.maxTotalSize)
            return false;
        total += size;
        return true;
    })
        .map((file) => file.path);
}
/**
 * The files a request would read from `tree`, within the limits: what to
 * fetch before checking a tree whose contents come from far away.
 */
function filesToRead(request) {
    const limits = request.limits ?? DEFAULT_LIMITS;
    return withinLimits(request.tree, findFiles({ ...request, maxFiles: limits.maxFiles }), limits);
}
/** Reads every file a request names, within the limits. */
function buildInventory(request) {
    const plan = planInventory(request);
    // Synchronous reads: thousands of small files go faster one after another
    // than through the thread pool, and each file is parsed as soon as it is read.
    const files = plan.files.map((file) => readPlanned(plan.tree, file, plan.limits));
    return { root: plan.root, files, bundles: plan.bundles.map((bundle) => bundle.map((index) => files[index])) };
}
function certificatesOf(file) {
    return file.objects.filter((object) => object.kind === 'certificate');
}
function crlsOf(file) {
    return file.objects.filter((object) => object.kind === 'crl');
}


/***/ }),

/***/ 5158:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   n: () => (/* binding */ LIMIT_KEYS)
/* harmony export */ });
const DEFAULT_LIMITS = {
    maxFileSize: 5 * 1024 * 1024,
    maxCrlFileSize: 64 * 1024 * 1024,
    maxTotalSize: 512 * 1024 * 1024,
    maxFiles: 50_000,
    maxObjectsPerFile: 10_000,
};
/** The configuration file's names for the limits. */
const LIMIT_KEYS = {
    'max-file-size': 'maxFileSize',
    'max-crl-file-size': 'maxCrlFileSize',
    'max-total-size': 'maxTotalSize',
    'max-files': 'maxFiles',
    'max-objects-per-file': 'maxObjectsPerFile',
};


/***/ }),

/***/ 5327:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $: () => (/* binding */ readObjects)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/x509/der.ts
var x509_der = __nccwpck_require__(6959);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/x509/certificate.ts + 2 modules
var x509_certificate = __nccwpck_require__(9893);
// EXTERNAL MODULE: ./src/x509/distribution-points.ts
var distribution_points = __nccwpck_require__(7014);
// EXTERNAL MODULE: ./src/x509/general-names.ts
var general_names = __nccwpck_require__(1693);
// EXTERNAL MODULE: ./src/x509/names.ts
var names = __nccwpck_require__(504);
// EXTERNAL MODULE: ./src/x509/crl-entries.ts
var crl_entries = __nccwpck_require__(2214);
// EXTERNAL MODULE: ./src/x509/sha256.ts
var sha256 = __nccwpck_require__(4565);
;// CONCATENATED MODULE: ./src/x509/crl.ts







/**
 * CRL extensions OpenSSL processes when they are critical (crl_cb): any other
 * critical one, the CRL number included, makes it refuse to use the list.
 */
const HANDLED_CRITICAL_EXTENSIONS = new Set([
    '2.5.29.28', // issuingDistributionPoint
    '2.5.29.35', // authorityKeyIdentifier
    '2.5.29.27', // deltaCRLIndicator
]);
/** A serial number (or CRL number) by value, as hex: OpenSSL compares them by value, not by encoding. */
function serialKey(bytes) {
    return (0,x509_der/* toHex */.nj)(bytes.subarray((0,crl_entries/* minimalStart */.wD)(bytes, 0, bytes.length)));
}
function isTrue(field) {
    return (0,x509_der/* content */.Qs)(field)[0] !== undefined && (0,x509_der/* content */.Qs)(field)[0] !== 0;
}
function parseIssuingDistributionPoint(value, issuer) {
    const point = {
        onlyUserCertificates: false,
        onlyCaCertificates: false,
        onlyAttributeCertificates: false,
        invalid: false,
        needsExtendedSupport: false,
    };
    for (const field of (0,x509_der/* children */.Y_)((0,x509_der/* expectTag */.yi)(value, x509_der/* Tag */.vw.SEQUENCE, 'issuingDistributionPoint'))) {
        switch (field.tag) {
            case 0xa0:
                point.name = (0,distribution_points/* parseDistributionPointName */.dP)(field, issuer);
                break;
            case 0x81:
                point.onlyUserCertificates = isTrue(field);
                break;
            case 0x82:
                point.onlyCaCertificates = isTrue(field);
                break;
            case 0x83:
                point.needsExtendedSupport = true; // onlySomeReasons
                break;
            case 0x84:
                point.needsExtendedSupport ||= isTrue(field); // indirectCRL
                break;
            case 0x85:
                point.onlyAttributeCertificates = isTrue(field);
                break;
        }
    }
    const only = [point.onlyUserCertificates, point.onlyCaCertificates, point.onlyAttributeCertificates];
    point.invalid = only.filter(Boolean).length > 1;
    return point;
}
function parseListExtensions(node, issuer) {
    const result = { isDelta: false, undecodable: [] };
    if (!node)
        return result;
    for (const extension of (0,x509_der/* children */.Y_)((0,x509_der/* expectTag */.yi)((0,x509_der/* children */.Y_)(node)[0], x509_der/* Tag */.vw.SEQUENCE, 'crlExtensions'))) {
        const fields = (0,x509_der/* children */.Y_)((0,x509_der/* expectTag */.yi)(extension, x509_der/* Tag */.vw.SEQUENCE, 'Extension'));
        const oid = (0,x509_der/* decodeOid */.FK)((0,x509_der/* expectTag */.yi)(fields[0], x509_der/* Tag */.vw.OID, 'extension OID'));
        const critical = fields[1]?.tag === x509_der/* Tag */.vw.BOOLEAN && isTrue(fields[1]);
        if (critical && !HANDLED_CRITICAL_EXTENSIONS.has(oid))
            result.unhandledCriticalExtension ??= oid;
        const valueNode = (0,x509_der/* expectTag */.yi)(fields[fields.length - 1], x509_der/* Tag */.vw.OCTET_STRING, `extension ${oid} value`);
        try {
            const value = (0,x509_der/* readNode */.XH)((0,x509_der/* content */.Qs)(valueNode));
            if (oid === '2.5.29.35') {
                for (const field of (0,x509_der/* children */.Y_)((0,x509_der/* expectTag */.yi)(value, x509_der/* Tag */.vw.SEQUENCE, 'authorityKeyIdentifier'))) {
                    if (field.tag === 0x80)
                        result.authorityKeyId = (0,x509_der/* toHex */.nj)((0,x509_der/* content */.Qs)(field));
                    else if (field.tag === 0x82)
                        result.authorityCertSerialNumber = serialKey((0,x509_der/* content */.Qs)(field));
                    else if (field.tag === 0xa1) {
                        const first = (0,x509_der/* children */.Y_)(field)
                            .map(general_names/* generalNameKey */.LC)
                            .find((key) => key.startsWith((0,general_names/* directoryNameKey */.MG)('')));
                        if (first)
                            result.authorityCertIssuer = first.slice((0,general_names/* directoryNameKey */.MG)('').length);
                    }
                }
            }
            else if (oid === '2.5.29.20')
                result.crlNumber = serialKey((0,x509_der/* content */.Qs)((0,x509_der/* expectTag */.yi)(value, x509_der/* Tag */.vw.INTEGER, 'cRLNumber')));
            else if (oid === '2.5.29.27') {
                (0,x509_der/* expectTag */.yi)(value, x509_der/* Tag */.vw.INTEGER, 'deltaCRLIndicator');
                result.isDelta = true;
            }
            else if (oid === '2.5.29.28')
                result.issuingDistributionPoint = parseIssuingDistributionPoint(value, issuer);
        }
        catch (error) {
            (0,x509_der/* rethrowUnlessDerError */.FC)(error);
            // OpenSSL's X509_CRL_get_ext_d2i fails and the list is used as if the extension were absent.
            result.undecodable.push(oid);
        }
    }
    return result;
}
/** Parses one DER CertificateList (RFC 5280 §5.1); throws DerError when it is not one. */
function parseCrl(der) {
    const outer = (0,x509_der/* readNode */.XH)(der);
    if (outer.tag !== x509_der/* Tag */.vw.SEQUENCE)
        throw new x509_der/* DerError */.I4('not a CRL: does not start with a SEQUENCE', 0);
    if (outer.end !== der.length)
        throw new x509_der/* DerError */.I4(`trailing data: ${der.length - outer.end} bytes after the CRL`, outer.end);
    const listDer = (0,x509_der/* whole */.WQ)(outer);
    const [tbs, outerAlgorithmNode, signatureNode] = (0,x509_der/* children */.Y_)(outer);
    const tbsFields = (0,x509_der/* children */.Y_)((0,x509_der/* expectTag */.yi)(tbs, x509_der/* Tag */.vw.SEQUENCE, 'TBSCertList'));
    let index = 0;
    if (tbsFields[0]?.tag === x509_der/* Tag */.vw.INTEGER) {
        const version = (0,x509_der/* decodeSmallInteger */.gB)(tbsFields[0]);
        if (version !== 1)
            throw new x509_der/* DerError */.I4(`CRL version ${version + 1} is not 2`, tbsFields[0].start);
        index = 1;
    }
    const innerAlgorithmNode = (0,x509_der/* expectTag */.yi)(tbsFields[index++], x509_der/* Tag */.vw.SEQUENCE, 'TBS signature');
    const { pss, ...signatureAlgorithm } = (0,x509_certificate/* parseSignatureAlgorithm */.Pq)(outerAlgorithmNode, 'signatureAlgorithm');
    const issuer = (0,names/* parseName */.$q)((0,x509_der/* expectTag */.yi)(tbsFields[index++], x509_der/* Tag */.vw.SEQUENCE, 'issuer'));
    const thisUpdateNode = tbsFields[index++];
    if (!thisUpdateNode)
        throw new x509_der/* DerError */.I4('missing thisUpdate', tbs.end);
    const thisUpdate = (0,x509_der/* decodeTime */.A4)(thisUpdateNode);
    let nextUpdate;
    const maybeNext = tbsFields[index];
    if (maybeNext?.tag === x509_der/* Tag */.vw.UTC_TIME || maybeNext?.tag === x509_der/* Tag */.vw.GENERALIZED_TIME) {
        nextUpdate = (0,x509_der/* decodeTime */.A4)(maybeNext);
        index++;
    }
    const revoked = tbsFields[index]?.tag === x509_der/* Tag */.vw.SEQUENCE ? tbsFields[index++] : undefined;
    const extensionsNode = tbsFields[index]?.tag === 0xa0 ? tbsFields[index++] : undefined;
    if (index !== tbsFields.length)
        throw new x509_der/* DerError */.I4('unexpected field in TBSCertList', tbsFields[index].start);
    const entries = (0,crl_entries/* indexEntries */.nL)(Buffer.from(der.buffer, der.byteOffset, der.byteLength), revoked);
    const extensions = parseListExtensions(extensionsNode, issuer);
    const signature = (0,x509_der/* bitStringBytes */.cD)((0,x509_der/* expectTag */.yi)(signatureNode, x509_der/* Tag */.vw.BIT_STRING, 'signatureValue'));
    const revocation = (serialNumber, issuerKey) => {
        const key = (0,crl_entries/* serialIndexKey */.yx)(serialNumber);
        const first = entries.offsets.get(key);
        if (first === undefined)
            return undefined;
        // crl_revoked_issuer_match: an entry under a certificateIssuer names the issuer; otherwise it is the CRL's.
        const matches = (start) => {
            const named = entries.issuers.get(start);
            return named ? named.includes((0,general_names/* directoryNameKey */.MG)(issuerKey)) : issuerKey === issuer.key;
        };
        for (const start of [first, ...(entries.repeats.get(key) ?? [])]) {
            if (matches(start))
                return (0,crl_entries/* readRevocation */.jd)(der, start);
        }
        return undefined;
    };
    const unhandledCriticalExtension = extensions.unhandledCriticalExtension ?? entries.unhandledCritical;
    return {
        der: listDer,
        sha256: (0,sha256/* sha256Hex */.f)(listDer),
        issuer,
        thisUpdate,
        ...(nextUpdate ? { nextUpdate } : {}),
        signatureAlgorithm,
        signatureAlgorithmsMatch: Buffer.compare((0,x509_der/* whole */.WQ)(innerAlgorithmNode), (0,x509_der/* whole */.WQ)(outerAlgorithmNode)) === 0,
        ...(pss ? { pss } : {}),
        tbs: (0,x509_der/* whole */.WQ)(tbs),
        signature,
        ...(extensions.authorityKeyId ? { authorityKeyId: extensions.authorityKeyId } : {}),
        ...(extensions.authorityCertSerialNumber
            ? { authorityCertSerialNumber: extensions.authorityCertSerialNumber }
            : {}),
        ...(extensions.authorityCertIssuer ? { authorityCertIssuer: extensions.authorityCertIssuer } : {}),
        ...(extensions.crlNumber ? { crlNumber: extensions.crlNumber } : {}),
        isDelta: extensions.isDelta,
        ...(extensions.issuingDistributionPoint ? { issuingDistributionPoint: extensions.issuingDistributionPoint } : {}),
        ...(unhandledCriticalExtension ? { unhandledCriticalExtension } : {}),
        undecodableExtensions: extensions.undecodable,
        entries: entries.count,
        revocation,
    };
}

;// CONCATENATED MODULE: ./src/inventory/der-objects.ts






// Binary files (DER certificates, CRLs, keys, PKCS#7 and PKCS#12 containers), and what PEM and DER share: keys and PKCS#7.
const PKCS7_LABELS = new Set(['PKCS7', 'PKCS #7 SIGNED DATA', 'CMS']);
function publicKeyFingerprint(key) {
    const spki = (0,external_node_crypto_.createPublicKey)(key).export({ type: 'spki', format: 'der' });
    return (0,sha256/* sha256Hex */.f)(spki);
}
function readPrivateKey(span, label, read, encrypted) {
    const object = { kind: 'private-key', label, encrypted, ...span };
    if (encrypted)
        return object;
    try {
        object.publicKeySha256 = publicKeyFingerprint(read());
    }
    catch {
        // OpenSSH, unusual curves: the key is still reported, just not compared. Its error text is never shown.
    }
    return object;
}
/** Certificates inside a PKCS#7 SignedData (a `.p7b` bundle). */
function pkcs7Certificates(der) {
    const [contentType, explicit] = (0,x509_der/* children */.Y_)((0,x509_der/* readNode */.XH)(der));
    if (contentType?.tag !== x509_der/* Tag */.vw.OID || explicit?.tag !== 0xa0)
        throw new x509_der/* DerError */.I4('not a PKCS#7 ContentInfo', 0);
    const signedData = (0,x509_der/* children */.Y_)(explicit)[0];
    if (signedData?.tag !== x509_der/* Tag */.vw.SEQUENCE)
        throw new x509_der/* DerError */.I4('PKCS#7 content is not SignedData', 0);
    const certificates = (0,x509_der/* children */.Y_)(signedData).find((field) => field.tag === 0xa0);
    if (!certificates)
        return [];
    return (0,x509_der/* children */.Y_)(certificates).map((node) => node.source.subarray(node.start, node.end));
}
/** PFX (RFC 7292): SEQUENCE { INTEGER 3, ContentInfo, ... }. Often holds a private key; never a bare certificate. */
function isPkcs12(bytes) {
    try {
        const [version, authSafe] = (0,x509_der/* children */.Y_)((0,x509_der/* readNode */.XH)(bytes));
        return (version?.tag === x509_der/* Tag */.vw.INTEGER &&
            version.end - version.contentStart === 1 &&
            bytes[version.contentStart] === 3 &&
            authSafe?.tag === x509_der/* Tag */.vw.SEQUENCE);
    }
    catch (error) {
        (0,x509_der/* rethrowUnlessDerError */.FC)(error);
        return false;
    }
}
/**
 * A CertificateList starts SEQUENCE { SEQUENCE { [INTEGER 1,] AlgorithmIdentifier, Name, Time ...:
 * after the optional version, the TBS holds two SEQUENCEs and then a time,
 * where a certificate's has a serial number and three SEQUENCEs.
 */
function looksLikeCrl(bytes) {
    try {
        const tbs = (0,x509_der/* children */.Y_)((0,x509_der/* readNode */.XH)(bytes))[0];
        if (tbs?.tag !== x509_der/* Tag */.vw.SEQUENCE)
            return false;
        const fields = (0,x509_der/* children */.Y_)(tbs).slice(0, 4);
        const offset = fields[0]?.tag === x509_der/* Tag */.vw.INTEGER ? 1 : 0;
        const time = fields[offset + 2]?.tag;
        return fields[offset]?.tag === x509_der/* Tag */.vw.SEQUENCE && (time === x509_der/* Tag */.vw.UTC_TIME || time === x509_der/* Tag */.vw.GENERALIZED_TIME);
    }
    catch (error) {
        (0,x509_der/* rethrowUnlessDerError */.FC)(error);
        return false;
    }
}
function fromDer(bytes) {
    const span = { line: 1, endLine: 1 };
    if (isPkcs12(bytes)) {
        return {
            kind: 'malformed',
            label: 'PKCS12',
            reason: 'it is a PKCS#12 keystore (.p12/.pfx), which bundles certificates with their private key; export the certificate alone with `openssl pkcs12 -in FILE -nokeys -clcerts`',
            ...span,
        };
    }
    try {
        return { kind: 'certificate', encoding: 'der', certificate: (0,x509_certificate/* parseCertificate */.hB)(bytes), ...span };
    }
    catch (certificateError) {
        (0,x509_der/* rethrowUnlessDerError */.FC)(certificateError);
        if (looksLikeCrl(bytes)) {
            try {
                return { kind: 'crl', encoding: 'der', crl: parseCrl(bytes), ...span };
            }
            catch (crlError) {
                (0,x509_der/* rethrowUnlessDerError */.FC)(crlError);
                return { kind: 'malformed', label: 'X509 CRL', reason: (0,errors/* describeError */.U)(crlError), ...span };
            }
        }
        for (const type of ['pkcs8', 'pkcs1', 'sec1']) {
            try {
                const key = (0,external_node_crypto_.createPrivateKey)({ key: Buffer.from(bytes), format: 'der', type });
                return readPrivateKey(span, 'DER', () => key, false);
            }
            catch {
                // not this kind of key
            }
        }
        return {
            kind: 'malformed',
            label: 'DER',
            reason: `binary data that is not a DER certificate: ${(0,errors/* describeError */.U)(certificateError)}`,
            ...span,
        };
    }
}
/** A DER file given as a truststore: OpenSSL's PEM reader loads nothing from it; what it is, and its conversion. */
function derTruststore(bytes) {
    const span = { line: 1, endLine: 1 };
    const object = fromDer(bytes);
    if (object.kind === 'certificate')
        return {
            ...span,
            reason: "binary DER, from which OpenSSL's PEM reader loads no certificate",
            certificates: [object.certificate],
            convert: 'openssl x509 -inform DER -in FILE -out FILE.pem',
        };
    try {
        const certificates = pkcs7Certificates(bytes).map((der) => (0,x509_certificate/* parseCertificate */.hB)(der));
        return {
            ...span,
            reason: `a binary (DER) PKCS#7 bundle of ${certificates.length} certificate${certificates.length === 1 ? '' : 's'}, from which OpenSSL's PEM reader loads none`,
            certificates,
            convert: 'openssl pkcs7 -inform DER -print_certs -in FILE -out FILE.pem',
        };
    }
    catch (error) {
        (0,x509_der/* rethrowUnlessDerError */.FC)(error);
        // not PKCS#7 either
    }
    const what = object.kind === 'crl'
        ? 'a binary (DER) CRL'
        : object.kind === 'private-key'
            ? 'a binary (DER) private key'
            : object.kind === 'malformed' && object.label === 'PKCS12'
                ? 'a PKCS#12 keystore'
                : 'binary data that is not a DER certificate';
    return { ...span, reason: `${what}, from which OpenSSL's PEM reader loads no certificate` };
}

;// CONCATENATED MODULE: ./src/inventory/readers/openssl-lines.ts
// crypto/bio/bss_file.c's file_gets and pem_lib.c's sanitize_line: a file in the lines OpenSSL's PEM reader sees.
const LINE_BYTES = 254; // LINESIZE - 1 in pem_lib.c: what one BIO_gets returns at most
const NEWLINE = 0x0a;
/** Reads `fgets`-sized lines from a buffer, counting physical lines. */
class LineReader {
    bytes;
    offset = 0;
    line = 1;
    lineStart = 0;
    nextNul;
    nextNewline;
    constructor(bytes) {
        this.bytes = bytes;
        this.nextNul = bytes.indexOf(0);
        this.nextNewline = bytes.indexOf(NEWLINE);
    }
    get position() {
        return { offset: this.offset, line: this.line };
    }
    /** The next line, or undefined at the end of the file (or at a line that starts with NUL, as `file_gets` has it). */
    next() {
        const { bytes } = this;
        const start = this.offset;
        if (start >= bytes.length)
            return undefined;
        // Both searched forward once: a line of megabytes is read in 254-byte steps without scanning it again.
        if (this.nextNewline >= 0 && this.nextNewline < start)
            this.nextNewline = bytes.indexOf(NEWLINE, start);
        if (this.nextNul >= 0 && this.nextNul < start)
            this.nextNul = bytes.indexOf(0, start);
        const newline = this.nextNewline;
        const lineEnd = newline < 0 ? bytes.length : newline;
        let end = newline < 0 ? bytes.length : newline + 1;
        if (end - start > LINE_BYTES)
            end = start + LINE_BYTES;
        const line = this.line;
        const lineStart = this.lineStart;
        this.offset = end;
        if (end > 0 && bytes[end - 1] === NEWLINE) {
            this.line++;
            this.lineStart = end;
        }
        // BIO_gets returns strlen(): a NUL cuts the line there, and a line that starts with one reads as the end.
        const rawEnd = this.nextNul >= 0 && this.nextNul < end ? this.nextNul : end;
        if (rawEnd === start)
            return undefined;
        let contentEnd = rawEnd;
        // sanitize_line, PEM_FLAG_EAY_COMPATIBLE: `while (linebuf[len] <= ' ') len--` on a signed char.
        while (contentEnd > start && (bytes[contentEnd - 1] <= 0x20 || bytes[contentEnd - 1] >= 0x80))
            contentEnd--;
        let hasColon = false;
        for (let i = start; i < rawEnd; i++) {
            if (bytes[i] === 0x3a) {
                hasColon = true;
                break;
            }
        }
        return {
            start,
            contentEnd,
            rawLength: rawEnd - start,
            line,
            lineStart,
            lineEnd,
            partial: rawEnd - start === LINE_BYTES && bytes[start + LINE_BYTES - 1] !== NEWLINE,
            hasColon,
        };
    }
}
/** A whole line, its content followed by LF or CRLF and nothing else. */
function isPlainLine(bytes, chunk, contentStart) {
    const end = chunk.start + chunk.rawLength;
    if (contentStart !== chunk.start || chunk.contentEnd === contentStart || bytes[end - 1] !== NEWLINE)
        return false;
    const after = end - chunk.contentEnd;
    return after === 1 || (after === 2 && bytes[end - 2] === 0x0d);
}
/** Judged once, on the line's first read: a line of spaces, tabs, CR, VT and FF only. */
function isBlankLine(bytes, chunk) {
    if (chunk.lineStart !== chunk.start)
        return false;
    for (let i = chunk.lineStart; i < chunk.lineEnd; i++) {
        const byte = bytes[i];
        if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d && byte !== 0x0b && byte !== 0x0c)
            return false;
    }
    return true;
}
/** Bytes of a line as text, one character per byte. */
const latin1 = (bytes, start, end) => Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');

;// CONCATENATED MODULE: ./src/inventory/readers/openssl-base64.ts

// crypto/evp/encode.c's EVP_DecodeUpdate and EVP_DecodeFinal, as OpenSSL's PEM reader decodes a block's body.
/** crypto/evp/encode.c's data_ascii2bin, by class: a base64 digit's value, or one of these. */
const B64_WS = -1; // space, tab: skipped
const B64_EOLN = -2; // LF, CR: skipped
const B64_EOF = -3; // '-': ends the data
const B64_ERROR = -4;
const B64_PAD = 64; // '=' decodes as 0 and counts as padding
const BASE64_CLASS = new Int8Array(256).fill(B64_ERROR);
{
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    for (let i = 0; i < 64; i++)
        BASE64_CLASS[alphabet.charCodeAt(i)] = i;
    BASE64_CLASS[0x3d] = B64_PAD;
    BASE64_CLASS[0x20] = B64_WS;
    BASE64_CLASS[0x09] = B64_WS;
    BASE64_CLASS[0x0a] = B64_EOLN;
    BASE64_CLASS[0x0d] = B64_EOLN;
    BASE64_CLASS[0x2d] = B64_EOF;
}
/**
 * EVP_DecodeUpdate + EVP_DecodeFinal over the data lines: spaces, tabs and
 * line ends are skipped, `-` ends the data (the rest is ignored), `=` is
 * padding after which only `=` may come (two at most), any other byte is an
 * error, and the digits read must be a whole number of 4-digit groups.
 */
function decodeOpensslBase64(bytes, parts) {
    let total = 0;
    for (const part of parts)
        total += part.end - part.start;
    const out = new Uint8Array(Math.floor((total * 3) / 4) + 3);
    let length = 0;
    let quantum = 0;
    let digits = 0; // digits in the current quantum
    let padding = 0;
    let lastLine = parts[0]?.line ?? 0;
    outer: for (const part of parts) {
        lastLine = part.line;
        for (let i = part.start; i < part.end; i++) {
            const byte = bytes[i];
            const value = BASE64_CLASS[byte];
            if (value === B64_ERROR) {
                return { line: part.line, reason: `${describeByte(byte)} is not a base64 character` };
            }
            if (value === B64_EOF)
                break outer;
            if (value < 0)
                continue;
            if (value === B64_PAD) {
                padding++;
                if (padding > 2)
                    return { line: part.line, reason: 'more than two "=" of base64 padding' };
            }
            else if (padding > 0) {
                return { line: part.line, reason: 'base64 continues after its "=" padding' };
            }
            quantum = (quantum << 6) | (value === B64_PAD ? 0 : value);
            if (++digits === 4) {
                out[length++] = (quantum >> 16) & 0xff;
                out[length++] = (quantum >> 8) & 0xff;
                out[length++] = quantum & 0xff;
                quantum = 0;
                digits = 0;
            }
        }
    }
    if (digits !== 0) {
        return { line: lastLine, reason: 'the base64 is not a whole number of 4-character groups (a line cut short?)' };
    }
    return out.subarray(0, length - padding);
}
function describeByte(byte) {
    if (byte >= 0x21 && byte < 0x7f)
        return `"${String.fromCharCode(byte)}"`;
    return `byte 0x${byte.toString(16).padStart(2, '0')}`;
}
/** Whole groups of base64 digits, with padding only at the very end: what every decoder decodes alike. */
const PLAIN_BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** The same, as lines: base64 digits on every line, each ended by LF or CRLF, padding only on the last. */
const PLAIN_BASE64_LINES = /^(?:[A-Za-z0-9+/]+\r?\n)*[A-Za-z0-9+/]*={0,2}$/;
/** Whether only a line end (LF or CRLF) lies between each part and the next, so the parts are one span of lines. */
function linesApart(bytes, parts) {
    for (let i = 1; i < parts.length; i++) {
        const gap = parts[i].start - parts[i - 1].end;
        const end = parts[i].start;
        if (!((gap === 1 && bytes[end - 1] === 0x0a) || (gap === 2 && bytes[end - 2] === 0x0d && bytes[end - 1] === 0x0a)))
            return false;
    }
    return true;
}
/**
 * The decoded bytes as a plain Uint8Array: the DER reader takes thousands of
 * views of a certificate, and a Buffer's subarray costs several times a
 * Uint8Array's (it builds a Buffer each time).
 */
const bytesOf = (buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
/**
 * A block's body decoded. Where its lines hold nothing but base64 digits and
 * final padding, the native decoder gives what EVP_DecodeUpdate gives;
 * anything else goes through the byte-by-byte model, and the file is no
 * longer plain.
 */
function decodeBody(bytes, parts, reading) {
    let digits = 0;
    for (const part of parts)
        digits += part.end - part.start;
    if (digits % 4 === 0) {
        // Usually the lines lie one after the other: tested as one span, without a string per line (the native
        // decoder skips the line ends).
        if (parts.length > 0 && linesApart(bytes, parts)) {
            const span = latin1(bytes, parts[0].start, parts[parts.length - 1].end);
            if (PLAIN_BASE64_LINES.test(span))
                return bytesOf(Buffer.from(span, 'base64'));
        }
        const text = parts.map((part) => latin1(bytes, part.start, part.end)).join('');
        if (PLAIN_BASE64.test(text))
            return bytesOf(Buffer.from(text, 'base64'));
    }
    reading.plain = false;
    return decodeOpensslBase64(bytes, parts);
}

;// CONCATENATED MODULE: ./src/inventory/readers/openssl-pem.ts
/**
 * OpenSSL 3.0's PEM reader, as `PEM_X509_INFO_read_bio` drives it over a
 * file: what `openssl verify -CAfile`, NGINX's `ssl_client_certificate`,
 * HAProxy's `ca-file` and `openssl crl2pkcs7 -certfile` load. Modelled on
 * crypto/pem/pem_lib.c (`get_name`, `get_header_and_data`, `sanitize_line`
 * with PEM_FLAG_EAY_COMPATIBLE), crypto/evp/encode.c (`EVP_DecodeUpdate`)
 * and crypto/bio/bss_file.c (`file_gets`), and checked against the openssl
 * binary by the differential test (__tests__/differential/reader.test.ts).
 *
 * The reader works on lines as `fgets` returns them: at most 254 bytes, so a
 * longer line is several; a line's length is where its first NUL byte is,
 * and a line that starts with NUL reads as the end of the file. Every line is
 * stripped of trailing bytes up to 0x20 or from 0x80 (a signed char), never
 * of leading ones. A block opens only with `-----BEGIN ` at column 0 and a
 * line ending `-----`; its first line with a colon, or a blank line, starts
 * RFC 1421 headers; it closes only with `-----END <same name>-----`. One bad
 * block stops the reading, and `PEM_X509_INFO_read_bio` then loads nothing
 * from the whole file.
 */


const BEGIN = Buffer.from('-----BEGIN ', 'latin1');
const END = Buffer.from('-----END ', 'latin1');
const DASHES = 0x2d;
const UTF8_BOM = [0xef, 0xbb, 0xbf];
function startsWith(bytes, at, end, prefix) {
    if (end - at < prefix.length)
        return false;
    for (let i = 0; i < prefix.length; i++)
        if (bytes[at + i] !== prefix[i])
            return false;
    return true;
}
/** `-----` just before `end`. */
function endsWithDashes(bytes, start, end) {
    if (end - start < 5)
        return false;
    for (let i = end - 5; i < end; i++)
        if (bytes[i] !== DASHES)
            return false;
    return true;
}
/** Reads the blocks of a file as `PEM_X509_INFO_read_bio` does, stopping before block `maxBlocks + 1`. */
function readOpensslPem(bytes, maxBlocks = Infinity) {
    const reader = new LineReader(bytes);
    const blocks = [];
    const skipped = [];
    const blankLines = [];
    const reading = { blocks, skipped, blankLines, plain: true };
    let lastSkippedLine = 0;
    const skip = (chunk, contentStart) => {
        if (chunk.contentEnd > contentStart) {
            if (chunk.line !== lastSkippedLine) {
                lastSkippedLine = chunk.line;
                skipped.push(physicalLine(chunk));
            }
        }
        else if (isBlankLine(bytes, chunk)) {
            blankLines.push(chunk.line);
        }
    };
    for (;;) {
        // get_name: skip lines until a BEGIN line; the first line read strips a UTF-8 byte-order mark.
        let chunk;
        let name;
        let first = true;
        for (;;) {
            chunk = reader.next();
            if (!chunk)
                break;
            let contentStart = chunk.start;
            if (first && chunk.rawLength > 3 && UTF8_BOM.every((byte, i) => bytes[chunk.start + i] === byte))
                contentStart += 3;
            if (!isPlainLine(bytes, chunk, contentStart))
                reading.plain = false;
            first = false;
            const { contentEnd } = chunk;
            if (startsWith(bytes, contentStart, contentEnd, BEGIN) &&
                contentEnd - contentStart >= BEGIN.length + 5 &&
                endsWithDashes(bytes, contentStart, contentEnd)) {
                name = latin1(bytes, contentStart + BEGIN.length, contentEnd - 5);
                break;
            }
            reading.plain = false;
            skip(chunk, contentStart);
        }
        if (!chunk || name === undefined) {
            if (reader.position.offset < bytes.length) {
                reading.endedEarlyAt = reader.position.line;
                reading.plain = false;
            }
            return reading;
        }
        if (blocks.length >= maxBlocks) {
            reading.truncatedAtLine = chunk.line;
            return reading;
        }
        if (name !== 'CERTIFICATE')
            reading.plain = false;
        const block = readBlock(bytes, reader, name, chunk.line, reading);
        if ('reason' in block) {
            reading.failure = block;
            return reading;
        }
        blocks.push(block);
    }
}
/** get_header_and_data and the base64 decoding of PEM_read_bio_ex, for the block whose BEGIN line was `beginLine`. */
function readBlock(bytes, reader, name, beginLine, reading) {
    const fail = (line, reason) => ({ name, line, blockLine: beginLine, reason });
    let headerParts = [];
    let dataParts = [];
    let target = headerParts;
    let state = 'maybe-header';
    let blankLine = 0;
    let shortLine = 0;
    let partial = false;
    for (;;) {
        const chunk = reader.next();
        if (!chunk) {
            const at = reader.position.offset < bytes.length ? reader.position.line : beginLine;
            return fail(at, at === beginLine
                ? `no -----END ${name}----- line: the block is not closed`
                : `a line starting with a NUL byte before the -----END line ends the reading`);
        }
        const previousPartial = partial;
        partial = chunk.partial;
        if (reading.plain && !isPlainLine(bytes, chunk, chunk.start))
            reading.plain = false;
        if (state === 'maybe-header' && chunk.hasColon)
            state = 'in-header';
        const { start, contentEnd, line } = chunk;
        if (contentEnd === start) {
            if (!previousPartial) {
                if (state === 'post-header') {
                    return fail(line, `a second blank line inside the block (the first is line ${blankLine})`);
                }
                state = 'post-header';
                blankLine = line;
                target = dataParts;
            }
            continue;
        }
        if (startsWith(bytes, start, contentEnd, END)) {
            const expected = `${name}-----`;
            if (latin1(bytes, start + END.length, contentEnd) !== expected) {
                return fail(line, `the END line does not match "-----BEGIN ${name}-----"`);
            }
            if (state === 'maybe-header') {
                [headerParts, dataParts] = [dataParts, headerParts];
            }
            const header = headerParts.map((part) => `${latin1(bytes, part.start, part.end)}\n`).join('');
            if (dataParts.length === 0 || dataParts.every((part) => part.end === part.start)) {
                return fail(line, headerParts.length > 0 && state === 'in-header'
                    ? `a header line (line ${headerParts[0].line}) with no blank line after it: the block has no data`
                    : 'the block is empty');
            }
            const der = decodeBody(bytes, dataParts, reading);
            if ('reason' in der)
                return fail(der.line, `bad base64: ${der.reason}`);
            // PEM_read_bio_ex allocates the decoded length: nothing decoded is a failed read (OPENSSL_malloc(0) is NULL).
            if (der.length === 0)
                return fail(line, 'the block decodes to no bytes (a "-" ends the base64 before any)');
            return { name, line: beginLine, endLine: line, header, der, ...(blankLine ? { blankLine } : {}) };
        }
        if (shortLine) {
            return fail(line, `after the blank line ${blankLine}, OpenSSL reads the block as RFC 1421 data of 64-character lines, and line ${shortLine} is shorter than 64 without being the last`);
        }
        target.push({ start, end: contentEnd, line });
        if (state === 'post-header') {
            const length = contentEnd - start + 1; // with the newline sanitize_line adds
            if (length > 65) {
                return fail(line, `after the blank line ${blankLine}, OpenSSL reads the block as RFC 1421 data, whose lines are at most 64 characters`);
            }
            if (length < 65)
                shortLine = line;
        }
    }
}
function physicalLine(chunk) {
    return { line: chunk.line, start: chunk.lineStart, end: chunk.lineEnd };
}
/**
 * PEM_get_EVP_CIPHER_INFO on a block's headers: none is fine; anything but
 * `Proc-Type: 4,ENCRYPTED` followed by a `DEK-Info:` is refused, and a
 * block that is encrypted needs a password no truststore loader gives.
 * Returns why the block cannot be loaded, or undefined when it has no headers.
 */
function headerProblem(block) {
    const { header } = block;
    if (header === '' || header.startsWith('\n'))
        return undefined;
    const text = header.replace(/^[ \t]+/, '');
    if (!text.startsWith('Proc-Type:')) {
        const first = header.slice(0, header.indexOf('\n'));
        if (!first.includes(':') && block.blankLine)
            return `line ${block.blankLine} is blank inside the block: OpenSSL takes the lines before it for RFC 1421 headers, which it refuses`;
        return `it has RFC 1421 header lines ("${shorten(first)}") that are not "Proc-Type:", which OpenSSL refuses`;
    }
    return 'it is marked "Proc-Type: 4,ENCRYPTED" (or has a malformed Proc-Type header): OpenSSL would need a password to decode it, which a truststore loader never has';
}
function shorten(text) {
    const printable = text.replace(/[^\x20-\x7e]/g, '?');
    return printable.length > 40 ? `${printable.slice(0, 39)}…` : printable;
}

;// CONCATENATED MODULE: ./src/inventory/readers/go-pem.ts
/**
 * The second reader: Go's `encoding/pem.Decode` as `x509.CertPool.AppendCertsFromPEM`
 * loops over it (Go 1.19, what Caddy, Traefik and Vault build with):
 * a block opens at `-----BEGIN ` at the very start of the data or after a
 * newline, its BEGIN line may end in spaces and tabs (and CR before LF),
 * `Key: value` lines after it are headers, it closes at the first
 * `\n-----END ` whose rest is the same type and `-----`; the body loses its
 * spaces and tabs and is decoded as strict padded base64 that skips CR and
 * LF. A block that fails any of that is skipped, and the search goes on
 * right after its BEGIN line (and headers), so it may find a block inside
 * the one it gave up on. AppendCertsFromPEM keeps only `CERTIFICATE` blocks
 * without headers whose bytes `x509.ParseCertificate` takes whole.
 *
 * Modelled from src/encoding/pem/pem.go and src/crypto/x509/cert_pool.go of
 * Go 1.19; checked against the real Go program
 * (__tests__/differential/go-reader/main.go) by `npm run test:system`.
 */
const PEM_START = Buffer.from('\n-----BEGIN ', 'latin1');
const PEM_END = Buffer.from('\n-----END ', 'latin1');
const go_pem_NEWLINE = 0x0a;
/** Go's getLine: up to the next LF, without CR before it and trailing spaces and tabs. */
function getLine(bytes, start, limit) {
    let i = bytes.indexOf(go_pem_NEWLINE, start);
    let next;
    if (i < 0 || i >= limit) {
        i = limit;
        next = limit;
    }
    else {
        next = i + 1;
        if (i > start && bytes[i - 1] === 0x0d)
            i--;
    }
    let end = i;
    while (end > start && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0x09))
        end--;
    return { end, next };
}
function matchesAt(bytes, at, pattern) {
    if (at < 0 || at + pattern.length > bytes.length)
        return false;
    for (let i = 0; i < pattern.length; i++)
        if (bytes[at + i] !== pattern[i])
            return false;
    return true;
}
const BASE64_VALUE = new Int8Array(256).fill(-1);
{
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    for (let i = 0; i < 64; i++)
        BASE64_VALUE[alphabet.charCodeAt(i)] = i;
}
/**
 * base64.StdEncoding.Decode after removeSpacesAndTabs: CR and LF skipped,
 * spaces and tabs removed, padding required, nothing but line ends after it.
 */
function decodeGoBase64(bytes, start, end) {
    const out = new Uint8Array(Math.ceil(((end - start) * 3) / 4) + 3);
    let length = 0;
    let quantum = 0;
    let digits = 0;
    let padding = 0;
    for (let i = start; i < end; i++) {
        const byte = bytes[i];
        if (byte === 0x0a || byte === 0x0d || byte === 0x20 || byte === 0x09)
            continue;
        if (padding > 0) {
            // After "=": the second "=" of "xx==", then nothing.
            if (byte === 0x3d && padding === 1 && digits === 2) {
                padding = 2;
                continue;
            }
            return undefined;
        }
        if (byte === 0x3d) {
            if (digits < 2)
                return undefined;
            padding = 1;
            continue;
        }
        const value = BASE64_VALUE[byte];
        if (value < 0)
            return undefined;
        quantum = (quantum << 6) | value;
        if (++digits === 4) {
            out[length++] = (quantum >> 16) & 0xff;
            out[length++] = (quantum >> 8) & 0xff;
            out[length++] = quantum & 0xff;
            quantum = 0;
            digits = 0;
        }
    }
    if (padding > 0) {
        // "xx==" or "xxx=".
        if ((digits === 2 && padding !== 2) || (digits === 3 && padding !== 1))
            return undefined;
        if (digits === 2)
            out[length++] = (quantum >> 4) & 0xff;
        else {
            out[length++] = (quantum >> 10) & 0xff;
            out[length++] = (quantum >> 2) & 0xff;
        }
        return out.subarray(0, length);
    }
    return digits === 0 ? out.subarray(0, length) : undefined;
}
/** Every block pem.Decode returns, in order, up to `maxBlocks`. */
function readGoPem(bytes, maxBlocks = Infinity) {
    const blocks = [];
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    // Line numbers of offsets, counted forward as the search moves on.
    let countedTo = 0;
    let lineAt = 1;
    const lineOf = (offset) => {
        while (countedTo < offset) {
            const newline = bytes.indexOf(go_pem_NEWLINE, countedTo);
            if (newline < 0 || newline >= offset) {
                countedTo = offset;
                break;
            }
            lineAt++;
            countedTo = newline + 1;
        }
        return lineAt;
    };
    // The first "\n-----END " at or after an offset: searched once for every offset range.
    let endSearchedFrom = -1;
    let endFound = -1;
    const nextEnd = (from) => {
        if (from >= endSearchedFrom && endSearchedFrom >= 0 && (endFound < 0 || from <= endFound))
            return endFound;
        endSearchedFrom = from;
        endFound = buffer.indexOf(PEM_END, from);
        return endFound;
    };
    let rest = 0;
    while (rest < bytes.length && blocks.length < maxBlocks) {
        // Decode: the start of the data, or "\n-----BEGIN ".
        let beginAt;
        if (matchesAt(bytes, rest, PEM_START.subarray(1)))
            beginAt = rest;
        else {
            const found = buffer.indexOf(PEM_START, rest);
            if (found < 0)
                break;
            beginAt = found + 1;
        }
        let position = beginAt + PEM_START.length - 1;
        const typeLine = getLine(bytes, position, bytes.length);
        position = typeLine.next;
        const searchOn = () => {
            rest = position;
        };
        if (!go_pem_endsWithDashes(bytes, beginAt + PEM_START.length - 1, typeLine.end)) {
            searchOn();
            continue;
        }
        const typeStart = beginAt + PEM_START.length - 1;
        const typeEnd = typeLine.end - 5;
        // Headers: lines with a colon.
        let hasHeaders = false;
        let ended = false;
        for (;;) {
            if (position >= bytes.length) {
                ended = true;
                break;
            }
            const line = getLine(bytes, position, bytes.length);
            let colon = position;
            while (colon < line.end && bytes[colon] !== 0x3a)
                colon++;
            if (colon >= line.end)
                break;
            hasHeaders = true;
            position = line.next;
        }
        if (ended)
            break; // "if len(rest) == 0 { return nil, data }": no more blocks at all
        let endIndex;
        let trailerStart;
        if (!hasHeaders && matchesAt(bytes, position, PEM_END.subarray(1))) {
            endIndex = position;
            trailerStart = position + PEM_END.length - 1;
        }
        else {
            endIndex = nextEnd(position);
            trailerStart = endIndex + PEM_END.length;
        }
        if (endIndex < 0) {
            searchOn();
            continue;
        }
        const typeLength = typeEnd - typeStart;
        const trailerLength = typeLength + 5;
        if (bytes.length - trailerStart < trailerLength) {
            searchOn();
            continue;
        }
        let sameType = true;
        for (let i = 0; i < typeLength; i++) {
            if (bytes[trailerStart + i] !== bytes[typeStart + i]) {
                sameType = false;
                break;
            }
        }
        if (!sameType || !go_pem_endsWithDashes(bytes, trailerStart + typeLength, trailerStart + trailerLength)) {
            searchOn();
            continue;
        }
        const restOfEndLine = getLine(bytes, trailerStart + trailerLength, bytes.length);
        if (restOfEndLine.end !== trailerStart + trailerLength) {
            searchOn();
            continue;
        }
        const decoded = decodeGoBase64(bytes, position, endIndex);
        if (!decoded) {
            searchOn();
            continue;
        }
        blocks.push({
            type: Buffer.from(bytes.buffer, bytes.byteOffset + typeStart, typeLength).toString('latin1'),
            hasHeaders,
            bytes: decoded,
            line: lineOf(beginAt),
        });
        // The -1: the END line may have been matched without its leading newline.
        rest = getLine(bytes, endIndex + PEM_END.length - 1, bytes.length).next;
    }
    return blocks;
}
function go_pem_endsWithDashes(bytes, start, end) {
    if (end - start < 5)
        return false;
    for (let i = end - 5; i < end; i++)
        if (bytes[i] !== 0x2d)
            return false;
    return true;
}

// EXTERNAL MODULE: ./src/x509/go-names.ts
var go_names = __nccwpck_require__(9325);
;// CONCATENATED MODULE: ./src/inventory/readers/go-x509.ts


/** The NIST curves Go 1.19 knows, y² = x³ - 3x + b over GF(p): their field size in bytes, p and b (FIPS 186-4, D.1.2). */
const NIST_CURVES = {
    [oidHex('1.3.132.0.33')]: {
        size: 28,
        p: 0xffffffffffffffffffffffffffffffff000000000000000000000001n,
        b: 0xb4050a850c04b3abf54132565044b0b7d7bfd8ba270b39432355ffb4n,
    },
    [oidHex('1.2.840.10045.3.1.7')]: {
        size: 32,
        p: 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn,
        b: 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn,
    },
    [oidHex('1.3.132.0.34')]: {
        size: 48,
        p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffffn,
        b: 0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aefn,
    },
    [oidHex('1.3.132.0.35')]: {
        size: 66,
        p: (1n << 521n) - 1n,
        b: 0x0051953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef109e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b503f00n,
    },
};
const toBigInt = (bytes) => (bytes.length === 0 ? 0n : BigInt(`0x${Buffer.from(bytes).toString('hex')}`));
/** elliptic.Unmarshal: an uncompressed point whose coordinates lie below p, on the curve. */
function isOnCurve(curve, point) {
    if (point.length !== 1 + 2 * curve.size || point[0] !== 0x04)
        return false;
    const { p, b } = curve;
    const x = toBigInt(point.subarray(1, 1 + curve.size));
    const y = toBigInt(point.subarray(1 + curve.size));
    if (x >= p || y >= p)
        return false;
    // A multiple of p whatever its sign: BigInt's % keeps the dividend's sign, and 0n has none.
    return (y * y - (((x * x) % p) * x - 3n * x + b)) % p === 0n;
}
/** An OID's DER content as hex: compared as bytes, the OIDs of every certificate need not be decoded. */
function oidHex(dotted) {
    const [first, second, ...rest] = dotted.split('.').map(Number);
    const bytes = [];
    for (const arc of [first * 40 + second, ...rest]) {
        const groups = [arc & 0x7f];
        for (let value = Math.floor(arc / 128); value > 0; value = Math.floor(value / 128))
            groups.unshift(0x80 | (value & 0x7f));
        bytes.push(...groups);
    }
    return Buffer.from(bytes).toString('hex');
}
const hexOf = (node) => Buffer.from((0,x509_der/* content */.Qs)(node)).toString('hex');
const RSA = oidHex('1.2.840.113549.1.1.1');
const EC = oidHex('1.2.840.10045.2.1');
const ED25519 = oidHex('1.3.101.112');
const DSA = oidHex('1.2.840.10040.4.1');
/** Extensions Go parses in processExtensions: their value must be DER Go can read. */
const PARSED_EXTENSIONS = new Set([
    '2.5.29.15',
    '2.5.29.19',
    '2.5.29.17',
    '2.5.29.30',
    '2.5.29.31',
    '2.5.29.35',
    '2.5.29.14',
    '2.5.29.37',
    '2.5.29.32',
    '1.3.6.1.5.5.7.1.1',
].map(oidHex));
/** DER as cryptobyte reads it, to a bounded depth: shortest lengths, DER booleans, BIT STRINGs with clear padding. */
function isStrictDer(bytes, depth = 0) {
    if (depth > 32)
        return false;
    let offset = 0;
    while (offset < bytes.length) {
        let node;
        try {
            node = (0,x509_der/* readNode */.XH)(bytes, offset);
        }
        catch {
            return false;
        }
        const lengthBytes = node.contentStart - node.start - 1;
        const length = node.end - node.contentStart;
        if (lengthBytes > 1 && (length < 0x80 || bytes[node.start + 2] === 0))
            return false;
        if (node.tag === x509_der/* Tag */.vw.BOOLEAN &&
            (length !== 1 || (bytes[node.contentStart] !== 0 && bytes[node.contentStart] !== 0xff)))
            return false;
        if (node.tag === x509_der/* Tag */.vw.BIT_STRING && !isStrictBitString(node))
            return false;
        if (node.tag & 0x20 && !isStrictDer(bytes.subarray(node.contentStart, node.end), depth + 1))
            return false;
        offset = node.end;
    }
    return true;
}
function isStrictBitString(node) {
    const bytes = (0,x509_der/* content */.Qs)(node);
    if (bytes.length === 0)
        return false;
    const padding = bytes[0];
    if (padding > 7 || (bytes.length === 1 && padding > 0))
        return false;
    return (bytes[bytes.length - 1] & ((1 << padding) - 1)) === 0;
}
/** An INTEGER cryptobyte reads into a big.Int: minimal, and here also positive. */
function isPositiveInteger(node, maxBytes = Infinity) {
    if (node?.tag !== x509_der/* Tag */.vw.INTEGER)
        return false;
    const bytes = (0,x509_der/* content */.Qs)(node);
    if (bytes.length === 0 || bytes.length > maxBytes + 1)
        return false;
    if (bytes.length > 1 && ((bytes[0] === 0 && bytes[1] < 0x80) || (bytes[0] === 0xff && bytes[1] >= 0x80)))
        return false;
    if (bytes[0] & 0x80)
        return false;
    const significant = bytes[0] === 0 ? bytes.length - 1 : bytes.length;
    return significant <= maxBytes && bytes.some((byte) => byte !== 0);
}
const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** parseASN1String: the string types Go reads in names, each checked as Go checks it. */
function isGoString(node) {
    const bytes = (0,x509_der/* content */.Qs)(node);
    switch (node.tag) {
        case x509_der/* Tag */.vw.T61_STRING:
            return true;
        case x509_der/* Tag */.vw.PRINTABLE_STRING:
            return bytes.every(go_names/* isPrintable */.C2);
        case x509_der/* Tag */.vw.UTF8_STRING:
            try {
                UTF8.decode(bytes);
                return true;
            }
            catch {
                return false;
            }
        case x509_der/* Tag */.vw.BMP_STRING:
            // parseBMPString: UTF-16 of even length; lone surrogates decode to U+FFFD.
            return bytes.length % 2 === 0;
        case x509_der/* Tag */.vw.IA5_STRING:
            return bytes.every((byte) => byte < 0x80);
        case 0x12: // NumericString
            return bytes.every((byte) => (byte >= 0x30 && byte <= 0x39) || byte === 0x20);
        default:
            return false;
    }
}
/** parseName: a SEQUENCE of SETs of {OID, string}. */
function isGoName(node) {
    if (node?.tag !== x509_der/* Tag */.vw.SEQUENCE)
        return false;
    for (const set of (0,x509_der/* children */.Y_)(node)) {
        if (set.tag !== x509_der/* Tag */.vw.SET)
            return false;
        for (const attribute of (0,x509_der/* children */.Y_)(set)) {
            if (attribute.tag !== x509_der/* Tag */.vw.SEQUENCE)
                return false;
            const [type, value, extra] = (0,x509_der/* children */.Y_)(attribute);
            if (type?.tag !== x509_der/* Tag */.vw.OID || !value || extra || !isGoString(value))
                return false;
        }
    }
    return true;
}
function isGoTime(node) {
    if (!node)
        return false;
    const text = Buffer.from((0,x509_der/* content */.Qs)(node)).toString('latin1');
    if (node.tag === x509_der/* Tag */.vw.UTC_TIME)
        return /^\d{12}Z$/.test(text);
    if (node.tag === x509_der/* Tag */.vw.GENERALIZED_TIME)
        return /^\d{14}Z$/.test(text);
    return false;
}
/** parsePublicKey for the algorithms Go knows; any other algorithm is read as unknown, without error. */
function isGoPublicKey(spki) {
    if (spki?.tag !== x509_der/* Tag */.vw.SEQUENCE)
        return false;
    const [algorithm, key] = (0,x509_der/* children */.Y_)(spki);
    if (algorithm?.tag !== x509_der/* Tag */.vw.SEQUENCE || key?.tag !== x509_der/* Tag */.vw.BIT_STRING)
        return false;
    const [oidNode, parameters] = (0,x509_der/* children */.Y_)(algorithm);
    if (oidNode?.tag !== x509_der/* Tag */.vw.OID)
        return false;
    const oid = hexOf(oidNode);
    const keyBytes = (0,x509_der/* content */.Qs)(key).subarray(1);
    if (oid === RSA) {
        if (parameters?.tag !== x509_der/* Tag */.vw.NULL || parameters.end !== parameters.contentStart)
            return false;
        const rsaKey = (0,x509_der/* readNode */.XH)(keyBytes);
        if (rsaKey.tag !== x509_der/* Tag */.vw.SEQUENCE || rsaKey.end !== keyBytes.length)
            return false;
        const [modulus, exponent, extra] = (0,x509_der/* children */.Y_)(rsaKey);
        return !extra && isPositiveInteger(modulus) && isPositiveInteger(exponent, 8);
    }
    if (oid === EC) {
        if (parameters?.tag !== x509_der/* Tag */.vw.OID)
            return false;
        const curve = NIST_CURVES[hexOf(parameters)];
        return curve !== undefined && isOnCurve(curve, keyBytes);
    }
    if (oid === ED25519)
        return parameters === undefined && keyBytes.length === 32;
    if (oid === DSA) {
        if (parameters?.tag !== x509_der/* Tag */.vw.SEQUENCE)
            return false;
        const [p, q, g] = (0,x509_der/* children */.Y_)(parameters);
        const y = (0,x509_der/* readNode */.XH)(keyBytes);
        return (isPositiveInteger(p) &&
            isPositiveInteger(q) &&
            isPositiveInteger(g) &&
            y.end === keyBytes.length &&
            isPositiveInteger(y));
    }
    return true;
}
/** Verdicts by certificate, for the CAs many client files repeat; cleared when it grows past a bound. */
const verdicts = new Map();
const MAX_VERDICTS = 20_000;
/** Whether Go's x509.ParseCertificate takes `bytes`, which the tool parsed as `certificate`. */
function goParsesCertificate(certificate, bytes) {
    // The certificate's identity stands for the bytes only where they are its own DER (not re-encoded, nothing after).
    const cacheable = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).equals(certificate.der);
    const cached = cacheable ? verdicts.get(certificate.sha256) : undefined;
    if (cached !== undefined)
        return cached;
    const verdict = parses(certificate, bytes);
    if (cacheable) {
        if (verdicts.size >= MAX_VERDICTS)
            verdicts.clear();
        verdicts.set(certificate.sha256, verdict);
    }
    return verdict;
}
function parses(certificate, bytes) {
    if (!certificate.signatureAlgorithmsMatch)
        return false;
    try {
        const outer = (0,x509_der/* readNode */.XH)(bytes);
        if (outer.end !== bytes.length || !isStrictDer(bytes))
            return false;
        const [tbs] = (0,x509_der/* children */.Y_)(outer);
        const fields = (0,x509_der/* children */.Y_)(tbs);
        let index = 0;
        let version = 0;
        if (fields[0]?.tag === 0xa0) {
            const versionNode = (0,x509_der/* children */.Y_)(fields[0])[0];
            version = (0,x509_der/* content */.Qs)(versionNode)[0] ?? 0;
            if ((0,x509_der/* content */.Qs)(versionNode).length !== 1 || version > 2)
                return false;
            index = 1;
        }
        const [serial, , issuer, validity, subject, spki, ...optional] = fields.slice(index);
        if (serial?.tag !== x509_der/* Tag */.vw.INTEGER || !isGoName(issuer) || !isGoName(subject))
            return false;
        const [notBefore, notAfter] = validity ? (0,x509_der/* children */.Y_)(validity) : [];
        if (!isGoTime(notBefore) || !isGoTime(notAfter) || !isGoPublicKey(spki))
            return false;
        const extensions = optional.find((field) => field.tag === 0xa3);
        if (extensions && version === 2) {
            const seen = new Set();
            for (const extension of (0,x509_der/* children */.Y_)((0,x509_der/* children */.Y_)(extensions)[0])) {
                const parts = (0,x509_der/* children */.Y_)(extension);
                const oid = hexOf(parts[0]);
                if (seen.has(oid))
                    return false;
                seen.add(oid);
                // parseExtension: the OID, an optional BOOLEAN, then the OCTET STRING; what follows is not read.
                const value = parts[1]?.tag === x509_der/* Tag */.vw.BOOLEAN ? parts[2] : parts[1];
                if (value?.tag !== x509_der/* Tag */.vw.OCTET_STRING)
                    return false;
                if (PARSED_EXTENSIONS.has(oid)) {
                    const inner = (0,x509_der/* content */.Qs)(value);
                    if (inner.length === 0 || (0,x509_der/* readNode */.XH)(inner).end !== inner.length || !isStrictDer(inner))
                        return false;
                }
            }
        }
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/inventory/reader-agreement.ts




/**
 * Go's reading (`x509.CertPool.AppendCertsFromPEM`): each CERTIFICATE block
 * without headers whose bytes `x509.ParseCertificate` takes whole, as
 * modelled here; `known` holds certificates already parsed, by their DER.
 */
function goCertificates(bytes, known = new Map()) {
    const loaded = [];
    for (const block of readGoPem(bytes)) {
        if (block.type !== 'CERTIFICATE' || block.hasHeaders)
            continue;
        const key = Buffer.from(block.bytes).toString('latin1');
        let certificate = known.get(key);
        if (!certificate) {
            try {
                certificate = (0,x509_certificate/* parseCertificate */.hB)(block.bytes);
            }
            catch (error) {
                (0,x509_der/* rethrowUnlessDerError */.FC)(error);
                continue;
            }
        }
        if (!goParsesCertificate(certificate, block.bytes))
            continue;
        loaded.push({ sha256: certificate.sha256, line: block.line, subject: certificate.subject.text });
    }
    return loaded;
}
function sameCertificates(a, b) {
    if (a.length !== b.length)
        return false;
    const sorted = (list) => list.map((entry) => entry.sha256).sort();
    const [x, y] = [sorted(a), sorted(b)];
    return x.every((sha256, index) => sha256 === y[index]);
}
const loaded = (object) => ({
    sha256: object.certificate.sha256,
    line: object.line,
    subject: object.certificate.subject.text,
});
/**
 * Where Go's reading of a PEM text file differs from OpenSSL's, which loaded
 * `certificates` (each from its block's bytes, in `blockBytes`); `plain` when
 * both readers frame the file's blocks alike. Undefined when they agree.
 */
function readerDisagreement(bytes, plain, certificates, blockBytes) {
    const openssl = certificates.map(loaded);
    // A plain file frames alike in both readers: Go's blocks are OpenSSL's, and only its x509 parser can differ.
    const go = plain
        ? certificates.filter((object) => goParsesCertificate(object.certificate, blockBytes.get(object))).map(loaded)
        : goCertificates(bytes, new Map(certificates.map((object) => [Buffer.from(blockBytes.get(object)).toString('latin1'), object.certificate])));
    if (sameCertificates(openssl, go))
        return undefined;
    const lines = [...openssl, ...go].map((entry) => entry.line);
    const goShas = new Set(go.map((entry) => entry.sha256));
    const opensslShas = new Set(openssl.map((entry) => entry.sha256));
    const differing = [
        ...openssl.filter((entry) => !goShas.has(entry.sha256)),
        ...go.filter((entry) => !opensslShas.has(entry.sha256)),
    ].map((entry) => entry.line);
    const first = Math.min(...(differing.length > 0 ? differing : lines.length > 0 ? lines : [1]));
    return { line: first, endLine: first, openssl, go };
}

;// CONCATENATED MODULE: ./src/inventory/pem-objects.ts








/** `PEM_get_EVP_CIPHER_INFO` for a private key's headers: a key is encrypted when it has a Proc-Type header at all. */
function keyObject(block, span) {
    const { name } = block;
    const encrypted = name === 'ENCRYPTED PRIVATE KEY' || block.header.length > 10;
    const unread = { kind: 'private-key', label: name, encrypted, ...span };
    const failure = (reason) => ({ ...span, failed: name, reason, key: unread });
    if (encrypted) {
        if (name !== 'ENCRYPTED PRIVATE KEY' &&
            !/^[ \t]*Proc-Type:[ \t]*4,[ \t]*ENCRYPTED[ \t\r]*\nDEK-Info:/.test(block.header))
            return failure(`the ${name} block's headers are not a "Proc-Type: 4,ENCRYPTED" and "DEK-Info:" pair`);
        return unread;
    }
    const problem = headerProblem(block);
    if (problem)
        return failure(`the ${name} block cannot be read: ${problem}`);
    let key;
    for (const type of ['pkcs8', 'pkcs1', 'sec1']) {
        try {
            key = (0,external_node_crypto_.createPrivateKey)({ key: Buffer.from(block.der), format: 'der', type });
            break;
        }
        catch {
            // not this kind of key
        }
    }
    if (!key)
        return failure(`the ${name} block does not decode as a private key`);
    return readPrivateKey(span, name, () => key, false);
}
/** OpenSSL's `d2i_X509_CERT_AUX` on what follows a TRUSTED CERTIFICATE: trust and reject lists, an alias, a key id. */
function isCertificateAux(bytes) {
    try {
        const node = (0,x509_der/* readNode */.XH)(bytes);
        if (node.tag !== x509_der/* Tag */.vw.SEQUENCE)
            return false;
        const order = [x509_der/* Tag */.vw.SEQUENCE, 0xa0, x509_der/* Tag */.vw.UTF8_STRING, x509_der/* Tag */.vw.OCTET_STRING, 0xa1];
        let next = 0;
        for (const child of (0,x509_der/* children */.Y_)(node)) {
            const at = order.indexOf(child.tag, next);
            if (at < 0)
                return false;
            next = at + 1;
        }
        return true;
    }
    catch (error) {
        (0,x509_der/* rethrowUnlessDerError */.FC)(error);
        return false;
    }
}
const CERTIFICATE_NAMES = new Set(['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE']);
/**
 * One block as `PEM_X509_INFO_read_bio` takes it: certificates through
 * `d2i_X509` (which reads the first certificate and ignores what follows),
 * TRUSTED CERTIFICATE through `d2i_X509_AUX`, CRLs, private keys; any other
 * name is skipped once its base64 decodes. A block it cannot take ends the
 * reading with an error.
 */
function fromOpensslBlock(block) {
    const span = { line: block.line, endLine: block.endLine };
    const { name } = block;
    if (name.includes('PRIVATE KEY'))
        return keyObject(block, span);
    const isCertificate = CERTIFICATE_NAMES.has(name);
    if (isCertificate || name === 'X509 CRL') {
        const problem = headerProblem(block);
        if (problem)
            return { ...span, failed: name, reason: `the ${name} block cannot be read: ${problem}` };
    }
    try {
        if (isCertificate) {
            const certificate = (0,x509_certificate/* parseCertificate */.hB)(block.der, true);
            const certificateEnd = (0,x509_der/* readNode */.XH)(block.der).end;
            const trailing = block.der.length - certificateEnd;
            if (name === 'TRUSTED CERTIFICATE') {
                if (trailing > 0 && !isCertificateAux(block.der.subarray(certificateEnd)))
                    return {
                        ...span,
                        failed: name,
                        reason: `the ${name} block's ${trailing} bytes after the certificate are not OpenSSL trust settings`,
                    };
                return { kind: 'certificate', encoding: 'trusted-pem', certificate, ...span };
            }
            return {
                kind: 'certificate',
                encoding: 'pem',
                certificate,
                ...span,
                ...(trailing > 0 ? { trailingBytes: trailing } : {}),
            };
        }
        if (name === 'X509 CRL')
            return { kind: 'crl', encoding: 'pem', crl: parseCrl(block.der.subarray(0, (0,x509_der/* readNode */.XH)(block.der).end)), ...span };
    }
    catch (error) {
        (0,x509_der/* rethrowUnlessDerError */.FC)(error);
        return {
            ...span,
            failed: name,
            undecodable: true,
            reason: `the ${name} block does not decode: ${(0,errors/* describeError */.U)(error)}`,
        };
    }
    if (PKCS7_LABELS.has(name)) {
        let certificates = [];
        try {
            certificates = pkcs7Certificates(block.der).map((der) => (0,x509_certificate/* parseCertificate */.hB)(der));
        }
        catch (error) {
            (0,x509_der/* rethrowUnlessDerError */.FC)(error);
            // Counted as it is: the block is not loaded either way.
        }
        return {
            ...span,
            reason: `a ${name} block (a PKCS#7 bundle${certificates.length > 0 ? ` of ${certificates.length} certificate${certificates.length === 1 ? '' : 's'}` : ''}), from which OpenSSL's PEM reader loads no certificate`,
            certificates,
            convert: 'openssl pkcs7 -print_certs -in FILE -out FILE.pem',
        };
    }
    return { kind: 'other', label: name, ...span };
}
/** Lines as fileLines counts them: split at LF, none after a final newline. */
function countLines(bytes) {
    // A plain loop: TypedArray.prototype.indexOf restarted at every line took a tenth of a client file's reading.
    let count = 0;
    for (let at = 0; at < bytes.length; at++)
        if (bytes[at] === 0x0a)
            count++;
    return bytes.length > 0 && bytes[bytes.length - 1] !== 0x0a ? count + 1 : count;
}
const BEGIN_MARK = Buffer.from('-----BEGIN', 'latin1');
/** Text outside blocks, one object per run between two blocks (blank lines do not end a run). */
function textObjects(bytes, reading) {
    const runs = [];
    const blockStarts = reading.blocks.map((block) => block.line);
    let blockIndex = 0;
    let current;
    let currentGap = -1;
    for (const skipped of reading.skipped) {
        while (blockIndex < blockStarts.length && blockStarts[blockIndex] <= skipped.line)
            blockIndex++;
        const text = Buffer.from(bytes.buffer, bytes.byteOffset + skipped.start, skipped.end - skipped.start)
            .toString('latin1')
            .trim();
        if (current && currentGap === blockIndex) {
            current.endLine = skipped.line;
            current.lines.push(text);
        }
        else {
            current = { kind: 'text', line: skipped.line, endLine: skipped.line, lines: [text] };
            currentGap = blockIndex;
            runs.push(current);
        }
    }
    return runs;
}
/** Lines OpenSSL skips that look like they were meant to open a block: the block is not loaded. */
function missedBlocks(texts) {
    const missed = [];
    for (const text of texts) {
        text.lines.forEach((line, index) => {
            if (!line.includes('-----BEGIN'))
                return;
            const at = text.line + index;
            const why = /\r(?!$)/.test(line)
                ? "the file's lines end in CR alone, which OpenSSL does not take for line ends, so it reads them as one line of text (convert with `tr '\\r' '\\n'`)"
                : `line ${at} reads as text, not as the start of a block (a BEGIN line must start at column 0 with "-----BEGIN " and end with "-----"), so the block after it is skipped`;
            missed.push({ line: at, endLine: at, reason: why });
        });
    }
    return missed;
}
/** Reads a PEM text file as OpenSSL's `PEM_X509_INFO_read_bio` does, and compares with Go's reading. */
function readPemText(bytes, maxBlocks) {
    const reading = readOpensslPem(bytes, maxBlocks);
    const texts = textObjects(bytes, reading);
    const objects = [];
    const notLoaded = missedBlocks(texts);
    let loadFailure;
    let textIndex = 0;
    /** Each certificate with its block's bytes (which may hold more than the certificate). */
    const blockBytes = new Map();
    for (const block of reading.blocks) {
        while (textIndex < texts.length && texts[textIndex].line < block.line)
            objects.push(texts[textIndex++]);
        const read = fromOpensslBlock(block);
        if ('kind' in read) {
            objects.push(read);
            if (read.kind === 'certificate')
                blockBytes.set(read, block.der);
        }
        else if ('failed' in read) {
            // The block is where the reading stops: reported as what it is, and the file as not loaded.
            objects.push(read.key ?? {
                kind: 'malformed',
                label: read.failed,
                reason: read.reason,
                line: read.line,
                endLine: read.endLine,
            });
            loadFailure = {
                line: read.line,
                endLine: read.endLine,
                reason: read.reason,
                ...(read.undecodable ? { undecodable: true } : {}),
            };
            break;
        }
        else {
            notLoaded.push(read);
        }
    }
    if (!loadFailure && reading.failure) {
        const { name, line, blockLine, reason } = reading.failure;
        const where = line === blockLine ? reason : `line ${line}: ${reason}`;
        objects.push({ kind: 'malformed', label: name, reason: where, line: blockLine, endLine: line });
        loadFailure = { line: blockLine, endLine: line, reason: where };
    }
    while (textIndex < texts.length)
        objects.push(texts[textIndex++]);
    if (reading.endedEarlyAt !== undefined && !loadFailure) {
        const at = reading.endedEarlyAt;
        const rest = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(BEGIN_MARK, 0) >= 0
            ? 'what follows it is not read'
            : 'nothing after it is read';
        notLoaded.push({
            line: at,
            endLine: at,
            reason: `line ${at} starts with a NUL byte, which OpenSSL's reader takes for the end of the file: ${rest}`,
        });
    }
    const result = {
        objects: loadFailure ? objects.filter((object) => object.kind !== 'certificate' && object.kind !== 'crl') : objects,
        blankLines: reading.blankLines,
        lineCount: countLines(bytes),
    };
    if (reading.truncatedAtLine !== undefined)
        result.truncated = { line: reading.truncatedAtLine };
    if (loadFailure)
        result.loadFailure = loadFailure;
    if (notLoaded.length > 0)
        result.notLoaded = notLoaded.sort((a, b) => a.line - b.line);
    if (!loadFailure && result.truncated === undefined) {
        const certificates = objects.filter((object) => object.kind === 'certificate');
        const disagreement = readerDisagreement(bytes, reading.plain, certificates, blockBytes);
        if (disagreement)
            result.disagreement = disagreement;
    }
    return result;
}

;// CONCATENATED MODULE: ./src/inventory/objects.ts




function looksBinary(bytes) {
    const sample = bytes.subarray(0, 4096);
    for (const byte of sample) {
        if (byte === 0 || byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b))
            return true;
    }
    return false;
}
/**
 * Every object in a file's bytes, in order, as the gateway's reader loads
 * them (OpenSSL's PEM reader for text; for a client or CRL file, a DER
 * certificate or CRL too), up to `maxBlocks` PEM blocks; never throws. A
 * malformed file is read as malformed objects; a bug in the parsers (any
 * error but a DerError) leaves the file unread, with `readerError` set.
 */
function readObjects(bytes, maxBlocks = Infinity, role) {
    try {
        return readBytes(bytes, maxBlocks, role);
    }
    catch (error) {
        return { objects: [], readerError: (0,errors/* describeError */.U)(error) };
    }
}
function readBytes(bytes, maxBlocks, role) {
    const whole = (object) => ({ objects: [object] });
    if (bytes.length === 0)
        return whole({ kind: 'malformed', label: 'file', reason: 'the file is empty', line: 1, endLine: 1 });
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(BEGIN_MARK) < 0) {
        if (bytes[0] === x509_der/* Tag */.vw.SEQUENCE) {
            if (role === 'truststore')
                return { objects: [], notLoaded: [derTruststore(bytes)] };
            return whole(fromDer(bytes));
        }
        if (looksBinary(bytes))
            return whole({
                kind: 'malformed',
                label: 'file',
                reason: 'binary data that is neither PEM nor a DER certificate',
                line: 1,
                endLine: 1,
            });
    }
    return readPemText(bytes, maxBlocks);
}


/***/ }),

/***/ 2216:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kh: () => (/* binding */ extendProfile),
/* harmony export */   eo: () => (/* binding */ ProfileError),
/* harmony export */   rD: () => (/* binding */ wholeNumber),
/* harmony export */   tw: () => (/* binding */ configured)
/* harmony export */ });
/* unused harmony export PROFILE_CHANGE_KEYS */
/** A value the repository's own configuration sets: authoritative about the user's own gateway. */
function configured(where) {
    return { confidence: 'configuration', source: `Set in the repository's configuration (${where}).` };
}
/** A bad value in a profile definition; the configuration loader turns it into a usage error naming where. */
class ProfileError extends Error {
}
/** A setting's value as a whole number within bounds; a ProfileError naming the key otherwise. */
function wholeNumber(value, key, min, max) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
        throw new ProfileError(`${key}: expected a whole number from ${min} to ${max}`);
    }
    return value;
}
/** The keys a profile definition may change, and how each changes the profile. */
const CHANGES = {
    issuers: {
        description: "`truststore` (issuers only from the truststore) or `truststore-and-client` (the client's intermediates are used)",
        apply(profile, value, where) {
            if (value !== 'truststore' && value !== 'truststore-and-client') {
                throw new ProfileError('issuers: expected truststore or truststore-and-client');
            }
            const evidence = { ...profile.chain.evidence, issuers: configured(where) };
            return { ...profile, chain: { ...profile.chain, issuers: value, evidence } };
        },
    },
    'max-intermediates': {
        description: 'CA certificates allowed between the client certificate and the root (OpenSSL verify depth)',
        apply(profile, value, where) {
            const maxIntermediates = wholeNumber(value, 'max-intermediates', 0, 100);
            const depthLimit = `at most ${maxIntermediates} intermediate CA certificate${maxIntermediates === 1 ? '' : 's'} (configured)`;
            const evidence = { ...profile.chain.evidence, depth: configured(where) };
            return { ...profile, chain: { ...profile.chain, maxIntermediates, depthLimit, evidence } };
        },
    },
    'partial-chain': {
        description: '`true` when any truststore certificate may anchor a chain (OpenSSL -partial_chain)',
        apply(profile, value, where) {
            if (typeof value !== 'boolean')
                throw new ProfileError('partial-chain: expected true or false');
            const evidence = { ...profile.chain.evidence, anchor: configured(where) };
            return { ...profile, chain: { ...profile.chain, partialChain: value, evidence } };
        },
    },
    'max-certificates': {
        description: 'certificates accepted in one truststore',
        apply(profile, value, where) {
            const quota = {
                value: wholeNumber(value, 'max-certificates', 1, 1_000_000),
                adjustable: false,
                phase: 'upload',
                evidence: configured(where),
            };
            return {
                ...profile,
                bundle: { ...profile.bundle, maxCertificates: { ...profile.bundle.maxCertificates, ...quota } },
            };
        },
    },
    'max-bytes': {
        description: 'bytes accepted in one truststore',
        apply(profile, value, where) {
            const quota = {
                value: wholeNumber(value, 'max-bytes', 1, 1 << 30),
                adjustable: false,
                phase: 'upload',
                evidence: configured(where),
            };
            return { ...profile, bundle: { ...profile.bundle, maxBytes: { ...profile.bundle.maxBytes, ...quota } } };
        },
    },
};
const PROFILE_CHANGE_KEYS = Object.keys(CHANGES);
/**
 * A profile that `extends` a built-in one with some of its facts changed by
 * the repository's configuration; each changed fact's evidence becomes that
 * configuration. Throws ProfileError for an unknown key or a bad value.
 */
function extendProfile(base, id, changes, where) {
    let profile = { ...base, id, name: `${base.name}, as configured in ${where}` };
    for (const [key, value] of Object.entries(changes)) {
        const change = CHANGES[key];
        if (!change)
            throw new ProfileError(`unknown key "${key}" (expected one of: extends, ${PROFILE_CHANGE_KEYS.join(', ')})`);
        profile = change.apply(profile, value, `${where}.${key}`);
    }
    return profile;
}


/***/ }),

/***/ 6546:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FF: () => (/* binding */ judgeKey),
/* harmony export */   GL: () => (/* binding */ judgePurpose),
/* harmony export */   OE: () => (/* binding */ isWeakKeyRefusal),
/* harmony export */   it: () => (/* binding */ isConfirmed),
/* harmony export */   ub: () => (/* binding */ judgeSignature)
/* harmony export */ });
/* harmony import */ var _x509_key_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6828);
/* harmony import */ var _x509_security_bits_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5665);


function isWeakKeyRefusal(refusal) {
    return refusal.kind === 'too-small' || refusal.kind === 'security-bits';
}
function judgeKey(policy, key) {
    const over = (0,_x509_key_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .overVerifyLimits */ .Q0)(key);
    if (over)
        return { kind: 'over-verify-limits', why: over };
    const refusal = judgeKeyType(policy, key);
    if (refusal || policy.minSecurityBits === undefined)
        return refusal;
    const bits = (0,_x509_security_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .keySecurityBits */ .mh)(key);
    return bits < policy.minSecurityBits ? { kind: 'security-bits', bits, minimum: policy.minSecurityBits } : undefined;
}
function judgeKeyType(policy, key) {
    if (key.type === 'RSA' || key.type === 'RSA-PSS') {
        if (!policy.rsa)
            return { kind: 'type', type: key.type };
        if (key.bits === undefined)
            return undefined;
        if (key.bits < policy.rsa.minBits)
            return { kind: 'too-small', bits: key.bits, minBits: policy.rsa.minBits };
        if (policy.rsa.maxBits !== undefined && key.bits > policy.rsa.maxBits) {
            return { kind: 'too-large', bits: key.bits, maxBits: policy.rsa.maxBits };
        }
        if (policy.rsa.sizes && !policy.rsa.sizes.includes(key.bits))
            return { kind: 'rsa-size', bits: key.bits, sizes: policy.rsa.sizes };
        return undefined;
    }
    if (key.type === 'EC') {
        if (!policy.ec)
            return { kind: 'type', type: 'EC' };
        if (key.explicitCurve)
            return policy.ec.explicitParameters ? undefined : { kind: 'explicit-curve' };
        if (key.bits !== undefined && key.bits < policy.ec.minBits) {
            return { kind: 'too-small', bits: key.bits, minBits: policy.ec.minBits };
        }
        if (policy.ec.curves && !policy.ec.curves.includes(key.curve ?? '')) {
            return { kind: 'curve', curve: key.curve ?? 'an unnamed curve', accepted: policy.ec.curves };
        }
        return undefined;
    }
    if (policy.others.includes(key.type))
        return undefined;
    return { kind: 'type', type: key.type === 'unknown' ? `an unknown algorithm (${key.algorithmOid})` : key.type };
}
function judgeSignature(policy, certificate) {
    const algorithm = certificate.signatureAlgorithm;
    if (policy.minSecurityBits !== undefined) {
        const bits = (0,_x509_security_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .signatureSecurityBits */ .Nf)(algorithm);
        if (bits < policy.minSecurityBits)
            return { kind: 'security-bits', bits, minimum: policy.minSecurityBits };
    }
    if (algorithm.hash !== undefined && !policy.hashes.includes(algorithm.hash)) {
        return { kind: 'weak-hash', hash: algorithm.hash };
    }
    // An unparameterised RSASSA-PSS or an unknown algorithm is nothing a gateway's list can name.
    if (!policy.families.includes(algorithm.family) || (algorithm.family === 'RSA-PSS' && !algorithm.hash)) {
        return { kind: 'algorithm' };
    }
    return undefined;
}
/**
 * Whether the extendedKeyUsage allows client authentication as OpenSSL's
 * purpose check reads it: an absent extension allows everything;
 * anyExtendedKeyUsage does not stand in for clientAuth.
 */
function judgePurpose(rule, certificate) {
    if (rule === 'not-checked')
        return undefined;
    const usages = certificate.extendedKeyUsage;
    if (!usages)
        return rule === 'required' ? 'missing-extension' : undefined;
    return usages.includes('clientAuth') ? undefined : 'without-client-auth';
}
/** Behaviour confirmed well enough to decide whether the gateway accepts a client (and to be an error by default). */
function isConfirmed(confidence) {
    return confidence === 'vendor' || confidence === 'reproduction' || confidence === 'configuration';
}


/***/ }),

/***/ 4713:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  n: () => (/* reexport */ CONFIDENCE_WORDS),
  B: () => (/* reexport */ unconfirmed)
});

;// CONCATENATED MODULE: ./src/profiles/evidence.ts
/** Evidence that is only a plausible reading of what the vendor leaves unsaid. */
function unconfirmed(source) {
    return { confidence: 'unconfirmed', source };
}
/** A vendor's word, a reproduction, a third party, or nothing: how the confidence reads in documentation. */
const CONFIDENCE_WORDS = {
    vendor: 'vendor documentation',
    reproduction: 'published reproduction',
    'third-party': 'third-party report',
    unconfirmed: 'unconfirmed',
    configuration: "the repository's configuration",
};

;// CONCATENATED MODULE: ./src/profiles/profile.ts
// A profile's vocabulary lives in evidence.ts and wording.ts; the profiles and rules import it from here, with the profile.



/***/ }),

/***/ 9908:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  PE: () => (/* binding */ BUILTIN_PROFILES),
  KG: () => (/* binding */ DEFAULT_PROFILE),
  $O: () => (/* binding */ findProfile)
});

// EXTERNAL MODULE: ./src/profiles/profile.ts + 1 modules
var profile = __nccwpck_require__(4713);
;// CONCATENATED MODULE: ./src/profiles/builtin/aws-connection-logs.ts
/**
 * The reason codes Elastic Load Balancing and CloudFront write to their
 * connection logs for a refused client certificate; the two differ only in
 * how they name a purpose failure.
 */
function connectionLogReasons(purpose) {
    return {
        untrusted: 'ClientCertUntrusted',
        'self-signed': 'ClientCertUntrusted',
        signature: 'ClientCertUntrusted',
        expired: 'ClientCertExpired',
        'not-yet-valid': 'ClientCertNotYetValid',
        depth: 'ClientCertMaxChainDepthExceeded',
        'key-type': 'ClientCertTypeUnsupported',
        purpose,
        invalid: 'ClientCertInvalid',
    };
}
/**
 * Elastic Load Balancing and CloudFront both quote "a chain depth of 4"
 * without saying whether the client certificate counts; both are read as
 * API Gateway's limit is, four CA certificates above the client.
 */
const CHAIN_DEPTH_FOUR = {
    maxIntermediates: 3,
    depthLimit: 'a chain depth of 4 (read here as four CA certificates above the client, as for API Gateway)',
};

;// CONCATENATED MODULE: ./src/profiles/builtin/client-ca.ts
/**
 * OpenSSL's X509_verify_cert takes the certificate at depth 0 as the leaf
 * whatever its basicConstraints: it ignores the leaf's pathLen and checks the
 * TLS-client purpose against the leaf's keyUsage, not its CA flag.
 */
const OPENSSL_LEAF = "OpenSSL 3.0 crypto/x509/x509_vfy.c: check_chain_extensions treats depth 0 as the end entity whatever its cA flag; x509-limbo pathlen::validation-ignores-pathlen-in-leaf, and this repository's randomized comparisons with `openssl verify`, accept a CA certificate as the client's";
/** A gateway that judges a CA client certificate as OpenSSL does, on the evidence given (`gateway`: what it adds). */
function judgedAsOpenSslDoes(confidence, gateway) {
    return {
        verdict: 'judged',
        evidence: { confidence, source: gateway ? `${gateway}; ${OPENSSL_LEAF}` : OPENSSL_LEAF },
    };
}

;// CONCATENATED MODULE: ./src/profiles/builtin/aws-alb.ts



const GUIDE = 'Elastic Load Balancing User Guide, "Mutual authentication with TLS in Application Load Balancer"';
const QUOTAS = 'Elastic Load Balancing, "Quotas for your Application Load Balancers"';
const CONNECTION_LOGS = 'Elastic Load Balancing, "Connection logs for your Application Load Balancer"';
const CRL_KNOWLEDGE_CENTER = 'ELB API Reference AddTrustStoreRevocations / TrustStoreRevocation, and AWS Knowledge Center "Configure CRLs for mTLS on an Application Load Balancer"';
/**
 * Application Load Balancer trust stores (Network Load Balancer mutual TLS
 * uses the same trust stores). The bundle format and quotas are vendor text;
 * how the chain is built is not documented and is modelled on OpenSSL's.
 */
const awsAlb = {
    id: 'aws-alb',
    name: 'Elastic Load Balancing mutual TLS verify mode (Application Load Balancer trust stores; also Network Load Balancer)',
    summary: 'One PEM CA bundle in S3 per trust store: 25 CA certificates by default, 16 KB each, no blank lines, `#` comments without `-`; a bad bundle is refused at upload (InvalidCaCertificatesBundle); CRLs in the trust store; chain depth 4; a refused client fails the TLS handshake.',
    validation: {
        confidence: 'vendor',
        source: `${GUIDE}: in verify mode the load balancer validates X.509v3 client certificates against the trust store; ${CONNECTION_LOGS} lists ClientCertUntrusted, ClientCertExpired, ClientCertNotYetValid and ClientCertInvalid.`,
    },
    chain: {
        issuers: 'truststore-and-client',
        ...CHAIN_DEPTH_FOUR,
        partialChain: false,
        evidence: {
            issuers: (0,profile/* unconfirmed */.B)(`${GUIDE} does not say whether intermediates the client sends are used; modelled as a TLS server using OpenSSL would (they are).`),
            depth: (0,profile/* unconfirmed */.B)(`${QUOTAS}: "Maximum certificate chain depth: 4", not adjustable; runtime ClientCertMaxChainDepthExceeded (${CONNECTION_LOGS}). Whether the client certificate counts is not stated.`),
            anchor: (0,profile/* unconfirmed */.B)('Whether the root must be in the trust store is not documented.'),
        },
    },
    keys: {
        rsa: { minBits: 2048, maxBits: 8192 },
        ec: { curves: ['P-256', 'P-384', 'P-521'], minBits: 256 },
        others: [],
        evidence: {
            confidence: 'vendor',
            source: `${GUIDE}: client and CA keys RSA 2K–8K bits, ECDSA secp256r1, secp384r1, secp521r1; runtime ClientCertTypeUnsupported.`,
        },
    },
    signatures: {
        hashes: ['SHA-256', 'SHA-384', 'SHA-512'],
        families: ['RSA', 'RSA-PSS', 'ECDSA'],
        evidence: {
            confidence: 'vendor',
            source: `${GUIDE}: SHA256, 384 and 512 with RSA, with EC, and RSASSA-PSS with MGF1.`,
        },
    },
    bundle: {
        maxCertificates: {
            value: 25,
            adjustable: true,
            phase: 'upload',
            evidence: {
                confidence: 'vendor',
                source: `${QUOTAS}: "CA certificates per trust store: 25" (quota L-43FE5A42).`,
            },
        },
        maxCertificateBytes: {
            value: 16 * 1024,
            adjustable: false,
            phase: 'upload',
            evidence: { confidence: 'vendor', source: `${QUOTAS}: "CA certificate size: 16 KB", not adjustable.` },
        },
        maxSubjectBytes: {
            value: 10_000,
            adjustable: true,
            phase: 'upload',
            evidence: {
                confidence: 'third-party',
                source: `${QUOTAS}: "CA certificates subject size per trust store: 10,000" (quota L-F31E307C); that the unit is bytes of subject names is from AWS's trust-store monitoring sample.`,
            },
        },
        format: {
            blankLines: 'refused',
            textOutsideBlocks: 'hash-comments-without-dash',
            pemExtension: false,
            phase: 'upload',
            evidence: {
                confidence: 'vendor',
                source: `${GUIDE}: each certificate between BEGIN/END CERTIFICATE lines; comments only on lines starting with # and without -; no blank lines; an \`openssl x509 -text\` dump above a block is invalid; ModifyTrustStore fails with InvalidCaCertificatesBundle.`,
            },
        },
        badCertificate: {
            phase: 'upload',
            evidence: {
                confidence: 'vendor',
                source: 'AWS Knowledge Center, "Troubleshoot CA bundle issues with ALB mTLS": an error occurs if any certificate within the CA bundle does not meet the requirements.',
            },
        },
    },
    purpose: {
        leaf: 'if-present',
        issuer: 'not-checked',
        evidence: {
            confidence: 'vendor',
            source: `${CONNECTION_LOGS}: ClientCertPurposeInvalid, a client certificate whose purpose (extendedKeyUsage) does not allow client authentication.`,
        },
    },
    clientCa: judgedAsOpenSslDoes('unconfirmed', 'Elastic Load Balancing does not say what it does with a client certificate that is a CA (its verifier, s2n-tls, is not OpenSSL)'),
    revocation: {
        scope: 'every-ca',
        missingCrl: 'accepted',
        setting: "the trust store's revocation contents (AddTrustStoreRevocations)",
        pemOnly: true,
        maxFileBytes: {
            value: 50 * 1024 * 1024,
            adjustable: false,
            phase: 'upload',
            evidence: { confidence: 'vendor', source: `${QUOTAS}: "Revocation file size: 50 MB", not adjustable.` },
        },
        maxLists: {
            value: 30,
            adjustable: true,
            phase: 'upload',
            evidence: { confidence: 'vendor', source: `${QUOTAS}: "Revocation entries per trust store: 30 lists".` },
        },
        maxEntries: {
            value: 500_000,
            adjustable: true,
            phase: 'upload',
            evidence: {
                confidence: 'vendor',
                source: `${QUOTAS}: 500,000 revoked entries per trust store; TooManyTrustStoreRevocationEntries.`,
            },
        },
        evidence: {
            revoked: {
                confidence: 'vendor',
                source: `${CONNECTION_LOGS}: ClientCertCrlHit, the client certificate is revoked by a CRL of the trust store.`,
            },
            missing: (0,profile/* unconfirmed */.B)('Not documented; a CA without a CRL is modelled as not checked (revocation is optional per CA).'),
            validity: (0,profile/* unconfirmed */.B)(`Not documented what happens after a CRL's nextUpdate; ClientCertCrlProcessingError (${CONNECTION_LOGS}) is the likely outcome.`),
            issuer: (0,profile/* unconfirmed */.B)(`${CRL_KNOWLEDGE_CENTER}: a CRL must belong to a CA of the trust store; the upload error text says only "invalid format, or uses an incorrect algorithm".`),
            format: {
                confidence: 'vendor',
                source: `${CRL_KNOWLEDGE_CENTER}: PEM-encoded CRLs in S3; InvalidRevocationContent for content that does not parse.`,
            },
        },
    },
    wording: {
        gateway: 'Application Load Balancer',
        refusal: 'a failed TLS handshake',
        reasons: {
            ...connectionLogReasons('ClientCertPurposeInvalid'),
            revoked: 'ClientCertCrlHit',
            crl: 'ClientCertCrlProcessingError',
        },
        uploadRefusal: 'CreateTrustStore / ModifyTrustStore refuses the bundle (InvalidCaCertificatesBundle: "The specified ca certificate bundle is in an invalid format, or corrupt.")',
        uploadWarning: 'the load balancer accepts the bundle',
        deploy: {
            step: "upload the bundle to S3, then replace the trust store's bundle with ModifyTrustStore (listeners keep the old one until then); CRLs are added with AddTrustStoreRevocations",
            command: 'aws elbv2 modify-trust-store --trust-store-arn ARN --ca-certificates-bundle-s3-bucket BUCKET --ca-certificates-bundle-s3-key KEY',
        },
    },
};

// EXTERNAL MODULE: ./src/x509/algorithms.ts
var algorithms = __nccwpck_require__(5952);
;// CONCATENATED MODULE: ./src/profiles/builtin/aws-api-gateway.ts


const DEVELOPER_GUIDE = 'API Gateway Developer Guide, "Configuring mutual TLS authentication for a REST API" / "...for an HTTP API"';
const KNOWLEDGE_CENTER = 'AWS Knowledge Center, "Resolve mutual TLS 403 Forbidden errors from API Gateway"';
/**
 * Amazon API Gateway custom domains (REST and HTTP APIs). The chain model is
 * in docs/gateway-model.md with the evidence for each behaviour.
 */
const awsApiGateway = {
    id: 'aws-api-gateway',
    name: 'Amazon API Gateway (REST and HTTP APIs, custom domain mutual TLS)',
    summary: 'One PEM truststore in S3, up to 1,000 certificates and 1 MB; issuers only from the truststore, at most four CA certificates above the client; 403 Forbidden on failure.',
    validation: {
        confidence: 'vendor',
        source: `${DEVELOPER_GUIDE}: on each request API Gateway validates X.509 syntax, integrity (the content was not altered: signatures verify), that the validity period is current, and that names and subjects form an unbroken chain.`,
    },
    chain: {
        issuers: 'truststore',
        maxIntermediates: 3,
        depthLimit: 'at most four CA certificates above the client certificate (the root and three intermediates)',
        partialChain: false,
        evidence: {
            issuers: {
                confidence: 'vendor',
                source: `${DEVELOPER_GUIDE}: "You must include the complete chain of trust, starting from the issuing CA certificate, up to the root CA certificate, in your truststore" and "API Gateway looks for the client certificate's issuer in your truststore"; ${KNOWLEDGE_CENTER}: the issuer "must also be included as part of the certificate bundle"; reproduced by weblineglobal (a root-only truststore gave 403 until the intermediates were added) and stated in AWS's sample apigw-mtls-multi-tenant ("does not auto-discover intermediate CAs from a root-only truststore").`,
            },
            depth: {
                confidence: 'reproduction',
                source: `${DEVELOPER_GUIDE}: "Certificates can have a maximum chain length of four" (it does not say whether the leaf counts); a reproduction on a five-level PKI (javierinthecloud.com) accepted a client under the third intermediate and refused one under the fourth, and AWS's sample apigw-mtls-multi-tenant says "Max chain depth 4 (root + 3 intermediates)".`,
            },
            anchor: {
                confidence: 'vendor',
                source: `${DEVELOPER_GUIDE}: the complete chain "up to the root CA certificate"; "You can also provide self-signed certificates" (a truststore holding only a self-signed client certificate accepted it, third-party, 2020).`,
            },
        },
    },
    keys: {
        rsa: { minBits: 2048 },
        ec: { minBits: 256 },
        others: [],
        evidence: { confidence: 'vendor', source: `${DEVELOPER_GUIDE}: "RSA-2048 or stronger; ECDSA-256 or stronger".` },
    },
    signatures: {
        hashes: algorithms/* SHA256_OR_STRONGER */.fw,
        families: ['RSA', 'RSA-PSS', 'ECDSA'],
        evidence: {
            confidence: 'vendor',
            source: `${DEVELOPER_GUIDE}: SHA-256 or stronger signature hashes; execution log "Access denied. Reason: Client cert using an insecure Signature Algorithm".`,
        },
    },
    bundle: {
        maxCertificates: {
            value: 1000,
            adjustable: false,
            phase: 'upload',
            evidence: {
                confidence: 'vendor',
                source: 'API Gateway Quotas: at most 1,000 certificates in a truststore, not adjustable.',
            },
        },
        maxBytes: {
            // AWS writes "1 MB"; S3 and API Gateway quotas use binary units.
            value: 1024 * 1024,
            adjustable: false,
            phase: 'upload',
            evidence: {
                confidence: 'vendor',
                source: 'API Gateway Quotas: truststore up to 1 MB total object size, not adjustable.',
            },
        },
        format: {
            blankLines: 'accepted',
            textOutsideBlocks: 'tolerated',
            pemExtension: true,
            phase: 'upload-warning',
            evidence: {
                confidence: 'unconfirmed',
                source: `${DEVELOPER_GUIDE}: the truststore is one file with a .pem extension of back-to-back -----BEGIN CERTIFICATE----- / -----END CERTIFICATE----- blocks; what API Gateway does with anything else is not documented.`,
            },
        },
        badCertificate: {
            phase: 'upload-warning',
            evidence: {
                confidence: 'vendor',
                source: `${DEVELOPER_GUIDE}: "API Gateway returns warnings if certificates are invalid ... Mutual TLS is still enabled, but some clients might not be able to access your API"; warnings are produced only when the domain name is updated.`,
            },
        },
    },
    purpose: {
        leaf: 'if-present',
        issuer: 'not-checked',
        evidence: {
            confidence: 'unconfirmed',
            source: 'API Gateway does not document a purpose (extendedKeyUsage) check; Google Cloud and Elastic Load Balancing require clientAuth on leaves, and TLS stacks that check the purpose refuse a leaf whose extendedKeyUsage lacks it.',
        },
    },
    clientCa: judgedAsOpenSslDoes('unconfirmed', 'API Gateway does not say what it does with a client certificate that is a CA; the seed article checks clients with `openssl verify`'),
    wording: {
        gateway: 'API Gateway',
        refusal: '403 Forbidden',
        reasons: {
            untrusted: 'Access denied. Reason: Could not find issuer for certificate',
            'insecure-signature': 'Access denied. Reason: Client cert using an insecure Signature Algorithm',
            'self-signed': 'Access denied. Reason: self signed certificate',
        },
        uploadRefusal: 'API Gateway refuses to create or update the custom domain with this truststore',
        uploadWarning: 'API Gateway accepts the truststore with a warning (truststoreWarnings) when the domain is created or updated, and does not warn again later',
        deploy: {
            step: 'upload the bundle as a new version of the S3 object, then point the custom domain at that version (truststoreVersion); until then API Gateway keeps serving the old truststore',
            command: 'aws apigateway update-domain-name --domain-name DOMAIN --patch-operations op=replace,path=/mutualTlsAuthentication/truststoreVersion,value=VERSION   # HTTP APIs: aws apigatewayv2 update-domain-name --domain-name DOMAIN --mutual-tls-authentication TruststoreUri=s3://BUCKET/KEY,TruststoreVersion=VERSION',
        },
    },
};

;// CONCATENATED MODULE: ./src/profiles/builtin/aws-cloudfront.ts



const TRUST_STORES = 'CloudFront Developer Guide, "Trust stores and certificate management" (viewer mTLS)';
const aws_cloudfront_QUOTAS = 'CloudFront Developer Guide, "Quotas": mutual TLS';
const aws_cloudfront_CONNECTION_LOGS = 'CloudFront connection logs (viewer mTLS reason codes)';
/** CloudFront viewer mutual TLS: ALB's bundle format with smaller quotas and fewer key types. */
const awsCloudfront = {
    id: 'aws-cloudfront',
    name: 'Amazon CloudFront viewer mutual TLS (trust stores)',
    summary: 'One PEM CA bundle in S3, read once when the trust store is created or modified: 25 certificates, 64 KB, 16 KB each, no blank lines; RSA 2048/3072/4096 and P-256/P-384 only; chain depth 4; no CRLs (OCSP or a Connection Function instead).',
    validation: {
        confidence: 'vendor',
        source: `${TRUST_STORES}: client certificates are validated against the trust store; ${aws_cloudfront_CONNECTION_LOGS}: ClientCertUntrusted, ClientCertExpired, ClientCertNotYetValid, ClientCertInvalid.`,
    },
    chain: {
        issuers: 'truststore-and-client',
        ...CHAIN_DEPTH_FOUR,
        partialChain: false,
        evidence: {
            issuers: (0,profile/* unconfirmed */.B)(`${TRUST_STORES} does not say whether intermediates the viewer sends are used; modelled as a TLS server using OpenSSL would.`),
            depth: (0,profile/* unconfirmed */.B)(`${aws_cloudfront_QUOTAS}: "Certificate chain depth: 4"; runtime ClientCertMaxChainDepthExceeded. Whether the client certificate counts is not stated.`),
            anchor: (0,profile/* unconfirmed */.B)(`${TRUST_STORES}: the bundle holds "root and intermediate" CA certificates (guidance).`),
        },
    },
    keys: {
        rsa: { minBits: 2048, maxBits: 4096, sizes: [2048, 3072, 4096] },
        ec: { curves: ['P-256', 'P-384'], minBits: 256 },
        others: [],
        evidence: {
            confidence: 'vendor',
            source: `${TRUST_STORES}: RSA 2048, 3072 and 4096; ECDSA secp256r1 and secp384r1 (no P-521 and no RSA above 4096, unlike Application Load Balancer); runtime ClientCertTypeUnsupported.`,
        },
    },
    signatures: {
        hashes: ['SHA-256', 'SHA-384', 'SHA-512'],
        families: ['RSA', 'RSA-PSS', 'ECDSA'],
        evidence: {
            confidence: 'vendor',
            source: `${TRUST_STORES}: SHA256, 384 and 512 with RSA, EC and RSASSA-PSS with MGF1.`,
        },
    },
    bundle: {
        maxCertificates: {
            value: 25,
            adjustable: false,
            phase: 'upload',
            evidence: { confidence: 'vendor', source: `${aws_cloudfront_QUOTAS}: "Number of certificates in CA bundle: 25".` },
        },
        maxBytes: {
            value: 64 * 1024,
            adjustable: true,
            phase: 'upload',
            evidence: { confidence: 'vendor', source: `${aws_cloudfront_QUOTAS}: "CA bundle size: 64 KB", adjustable.` },
        },
        maxCertificateBytes: {
            value: 16_384,
            adjustable: true,
            phase: 'upload',
            evidence: {
                confidence: 'vendor',
                source: `${aws_cloudfront_QUOTAS}: "Certificate size in CA bundle: 16,384" bytes, adjustable.`,
            },
        },
        format: {
            blankLines: 'refused',
            textOutsideBlocks: 'hash-comments-without-dash',
            pemExtension: false,
            phase: 'upload',
            evidence: {
                confidence: 'vendor',
                source: `${TRUST_STORES}: PEM; comments only on lines starting with # and without -; no blank lines (the same rules as Application Load Balancer).`,
            },
        },
        badCertificate: {
            phase: 'upload',
            evidence: (0,profile/* unconfirmed */.B)(`${TRUST_STORES}: a bundle in the wrong format is refused; whether one unsupported certificate fails the whole bundle is not documented.`),
        },
    },
    purpose: {
        leaf: 'if-present',
        issuer: 'not-checked',
        evidence: {
            confidence: 'vendor',
            source: `${aws_cloudfront_CONNECTION_LOGS}: ClientCertIntentInvalid, a client certificate whose intended use does not allow client authentication.`,
        },
    },
    clientCa: judgedAsOpenSslDoes('unconfirmed', 'CloudFront does not say what it does with a client certificate that is a CA'),
    wording: {
        gateway: 'CloudFront',
        refusal: 'a failed TLS handshake',
        reasons: connectionLogReasons('ClientCertIntentInvalid'),
        uploadRefusal: 'CloudFront refuses to create or update the trust store with this bundle',
        uploadWarning: 'CloudFront accepts the bundle',
        deploy: {
            step: 'upload the bundle to S3, then update the trust store: CloudFront reads the bundle once, when the trust store is created or modified, and keeps no sync with S3',
            command: 'aws cloudfront update-trust-store --id TRUST_STORE_ID --if-match ETAG ...   # UpdateTrustStore with the new CA bundle location',
        },
    },
};

// EXTERNAL MODULE: ./src/profiles/security-level.ts
var security_level = __nccwpck_require__(4597);
;// CONCATENATED MODULE: ./src/profiles/builtin/azure-application-gateway.ts



const OVERVIEW = 'Azure Application Gateway, "Overview of mutual authentication"';
const TROUBLESHOOTING = 'Azure Application Gateway, "Troubleshoot mutual authentication errors"';
const openDefaults = (0,security_level/* securityLevelPolicy */.Z)(0, (0,profile/* unconfirmed */.B)(`${OVERVIEW} lists no key or signature requirements for client certificates.`));
/** Azure Application Gateway (v2) mutual authentication: one trusted client CA chain file per upload. */
const azureApplicationGateway = {
    id: 'azure-application-gateway',
    name: 'Azure Application Gateway v2 mutual authentication (trusted client CA certificate chains in an SSL profile)',
    summary: 'Each trusted client CA chain is one PEM or CER file of at most 25 KB holding exactly one root and any intermediates; clients need the clientAuth purpose; 400 Bad Request on failure; revocation only through OCSP.',
    validation: {
        confidence: 'vendor',
        source: `${TROUBLESHOOTING}: client certificates are verified against the uploaded chains ("unable to get local issuer certificate", "certificate has expired").`,
    },
    chain: {
        issuers: 'truststore-and-client',
        maxIntermediates: 100,
        depthLimit: 'no documented depth limit',
        partialChain: false,
        evidence: {
            issuers: (0,profile/* unconfirmed */.B)(`${TROUBLESHOOTING}: OpenSSL's error texts suggest OpenSSL, which uses the intermediates a client sends.`),
            depth: (0,profile/* unconfirmed */.B)('No depth limit is documented.'),
            anchor: {
                confidence: 'vendor',
                source: `${OVERVIEW}: the root CA certificate must always be in the uploaded chain.`,
            },
        },
    },
    keys: openDefaults.keys,
    signatures: openDefaults.signatures,
    bundle: {
        maxBytes: {
            value: 25 * 1024,
            adjustable: false,
            phase: 'upload',
            evidence: {
                confidence: 'vendor',
                source: `${OVERVIEW}: each trusted client CA certificate chain file (root and intermediates together) up to 25 KB.`,
            },
        },
        format: {
            blankLines: 'accepted',
            textOutsideBlocks: 'tolerated',
            pemExtension: false,
            rootsPerFile: 1,
            phase: 'upload',
            evidence: {
                confidence: 'vendor',
                source: `${TROUBLESHOOTING}: ApplicationGatewayOnlyOneRootCAAllowedInTrustedClientCertificate (zero or several roots in one file), ApplicationGatewayTrustedClientCertificateDoesNotContainAnyCACertificate, ApplicationGatewayTrustedClientCertificateMustNotHavePrivateKey, ApplicationGatewayTrustedClientCertificateInvalidData.`,
            },
        },
        badCertificate: {
            phase: 'upload',
            evidence: {
                confidence: 'vendor',
                source: `${TROUBLESHOOTING}: the upload is refused with an ApplicationGatewayTrustedClientCertificate* error.`,
            },
        },
    },
    purpose: {
        leaf: 'not-checked',
        issuer: 'not-checked',
        sslClient: true,
        evidence: {
            confidence: 'vendor',
            source: `${TROUBLESHOOTING}: a client certificate without the client authentication purpose fails with "Unsupported certificate purpose" (OpenSSL's purpose check).`,
        },
    },
    clientCa: judgedAsOpenSslDoes('unconfirmed', "Azure does not say what it does with a client certificate that is a CA; its purpose check is OpenSSL's"),
    wording: {
        gateway: 'Application Gateway',
        refusal: '400 Bad Request',
        reasons: {
            untrusted: 'unable to get local issuer certificate',
            'self-signed': 'self-signed certificate',
            expired: 'certificate has expired',
            'not-yet-valid': 'certificate is not yet valid',
            purpose: 'Unsupported certificate purpose',
            signature: 'certificate signature failure',
        },
        uploadRefusal: 'Application Gateway refuses the trusted client certificate (an ApplicationGatewayTrustedClientCertificate* or ApplicationGatewayOnlyOneRootCAAllowedInTrustedClientCertificate error)',
        uploadWarning: 'Application Gateway accepts the chain file',
        deploy: {
            step: 'upload the chain file as a trusted client CA certificate and attach it to the SSL profile',
            command: 'az network application-gateway client-cert update --gateway-name GATEWAY --resource-group GROUP --name NAME --data FILE',
        },
    },
};

// EXTERNAL MODULE: ./src/profiles/customise.ts
var customise = __nccwpck_require__(2216);
;// CONCATENATED MODULE: ./src/profiles/builtin/envoy.ts




const COMMON_PROTO = 'Envoy API, envoy.extensions.transport_sockets.tls.v3.CertificateValidationContext (api/envoy/extensions/transport_sockets/tls/v3/common.proto)';
const boringDefaults = (0,security_level/* securityLevelPolicy */.Z)(0, (0,profile/* unconfirmed */.B)('Envoy builds on BoringSSL, which applies no security level to peer chains; not confirmed against a running Envoy.'));
/** `max_verify_depth` counts the trust anchor but not the leaf (BoringSSL): depth 1 is a client directly under its anchor. */
function depthLimit(maxVerifyDepth) {
    return `\`max_verify_depth ${maxVerifyDepth}\`: at most ${maxVerifyDepth} certificate${maxVerifyDepth === 1 ? '' : 's'} above the client's, the trust anchor included`;
}
/** Envoy's default certificate validator (trusted_ca, crl, max_verify_depth). */
const envoy = {
    id: 'envoy',
    name: 'Envoy client certificate validation (CertificateValidationContext with trusted_ca)',
    summary: 'trusted_ca as the trusted certificates, any of which may anchor a chain (partial chains are on by default); intermediates from the client; max_verify_depth 100; with `crl`, a CRL from every CA on the chain unless only_verify_leaf_cert_crl; a failed TLS handshake on failure.',
    validation: {
        confidence: 'vendor',
        source: `${COMMON_PROTO}: the peer certificate chain is verified against trusted_ca.`,
    },
    chain: {
        issuers: 'truststore-and-client',
        maxIntermediates: 99,
        depthLimit: depthLimit(100),
        depthSetting: { name: 'max_verify_depth', countsAnchor: true },
        partialChain: true,
        evidence: {
            issuers: {
                confidence: 'vendor',
                source: `${COMMON_PROTO}: the chain the peer sends is verified up to trusted_ca.`,
            },
            depth: {
                confidence: 'vendor',
                source: `${COMMON_PROTO}, max_verify_depth: default 100, at most 100; "the depth excludes the leaf" (BoringSSL counts the trust anchor).`,
            },
            anchor: {
                confidence: 'vendor',
                source: `${COMMON_PROTO}, trusted_ca: X509_V_FLAG_PARTIAL_CHAIN is set by default, so an intermediate in trusted_ca is a trust anchor.`,
            },
        },
    },
    keys: boringDefaults.keys,
    signatures: boringDefaults.signatures,
    bundle: {
        format: {
            blankLines: 'accepted',
            textOutsideBlocks: 'tolerated',
            pemExtension: false,
            phase: 'upload',
            evidence: (0,profile/* unconfirmed */.B)('trusted_ca is a PEM DataSource; PEM reading skips text between blocks.'),
        },
        badCertificate: {
            phase: 'runtime',
            evidence: (0,profile/* unconfirmed */.B)('Each chain is judged on its own; a certificate nobody uses refuses nobody.'),
        },
    },
    purpose: {
        leaf: 'not-checked',
        issuer: 'not-checked',
        sslClient: true,
        evidence: (0,profile/* unconfirmed */.B)("Envoy's validator verifies with the TLS-client purpose as BoringSSL's own server path does; not confirmed against a running Envoy."),
    },
    clientCa: judgedAsOpenSslDoes('unconfirmed', "Envoy verifies with BoringSSL's X509_verify_cert, which shares OpenSSL's leaf handling; not reproduced here"),
    revocation: {
        scope: 'every-ca',
        missingCrl: 'refuses',
        setting: 'crl',
        evidence: {
            revoked: {
                confidence: 'vendor',
                source: `${COMMON_PROTO}, crl: the peer certificate is checked against the CRLs given.`,
            },
            missing: {
                confidence: 'vendor',
                source: `${COMMON_PROTO}, crl: "if a CRL is provided for any certificate authority in a trust chain, a CRL must be provided for all certificate authorities in that chain", unless only_verify_leaf_cert_crl (envoyproxy/envoy#29197, #18289).`,
            },
            validity: (0,profile/* unconfirmed */.B)('BoringSSL refuses a certificate whose CRL is past nextUpdate, as OpenSSL does; not confirmed against Envoy.'),
            issuer: (0,profile/* unconfirmed */.B)("BoringSSL verifies a CRL with its issuer's key, as OpenSSL does; not confirmed against Envoy."),
            format: {
                confidence: 'vendor',
                source: `${COMMON_PROTO}, crl: a PEM DataSource; a file that does not parse is a configuration error.`,
            },
        },
    },
    wording: {
        gateway: 'Envoy',
        refusal: 'a failed TLS handshake (ssl.fail_verify_error)',
        reasons: {},
        uploadRefusal: 'Envoy rejects the configuration',
        uploadWarning: 'Envoy loads the file',
        deploy: {
            step: 'update the trusted_ca (and crl) data source; Envoy picks up file changes through SDS or a configuration push',
            command: 'curl -s localhost:9901/certs   # shows the CA certificates Envoy has loaded',
        },
    },
    options: [
        {
            key: 'max_verify_depth',
            description: 'the `max_verify_depth` of your validation context (1 to 100; 100 when unset)',
            apply(profile, value) {
                const depth = (0,customise/* wholeNumber */.rD)(value, 'max_verify_depth', 1, 100);
                const evidence = { ...profile.chain.evidence, depth: (0,customise/* configured */.tw)('profile-options.max_verify_depth') };
                return {
                    ...profile,
                    chain: { ...profile.chain, maxIntermediates: depth - 1, depthLimit: depthLimit(depth), evidence },
                };
            },
        },
        {
            key: 'only_verify_leaf_cert_crl',
            description: '`true` when your validation context sets only_verify_leaf_cert_crl: only client certificates are checked against CRLs',
            apply(profile, value) {
                if (typeof value !== 'boolean')
                    throw new customise/* ProfileError */.eo('only_verify_leaf_cert_crl: expected true or false');
                if (!profile.revocation)
                    return profile;
                const evidence = {
                    ...profile.revocation.evidence,
                    missing: (0,customise/* configured */.tw)('profile-options.only_verify_leaf_cert_crl'),
                };
                return { ...profile, revocation: { ...profile.revocation, scope: value ? 'leaf' : 'every-ca', evidence } };
            },
        },
    ],
};

;// CONCATENATED MODULE: ./src/profiles/builtin/gcp-load-balancer.ts


const MTLS = 'Google Cloud Load Balancing, "Mutual TLS overview"';
const LOGGING = 'Google Cloud Load Balancing, "HTTP(S) load balancer logging": mTLS failure reasons';
const TRUST_CONFIGS = 'Certificate Manager, "Manage trust configs" and the TrustConfig REST reference';
/** Google Cloud Application Load Balancers with a Certificate Manager TrustConfig. */
const gcpLoadBalancer = {
    id: 'gcp-load-balancer',
    name: 'Google Cloud Application Load Balancer mutual TLS (Certificate Manager trust configs)',
    summary: 'Trust anchors (roots) and intermediate CAs in a TrustConfig, one certificate of at most 5 kB per PEM entry; the client certificate and its issuing CA both need the clientAuth extended key usage; RSA 2048–4096, P-256/P-384; SHA-256 or stronger; no CRLs.',
    validation: {
        confidence: 'vendor',
        source: `${MTLS}: the client certificate chain is validated against the trust anchors; ${LOGGING}: client_cert_validation_failed.`,
    },
    chain: {
        issuers: 'truststore-and-client',
        maxIntermediates: 8,
        depthLimit: 'a chain of at most 10 certificates, the client certificate and the root included (8 intermediates)',
        partialChain: false,
        evidence: {
            issuers: (0,profile/* unconfirmed */.B)(`${TRUST_CONFIGS}: intermediate CAs in the trust config help build chains; whether intermediates the client sends are also used is not stated.`),
            depth: (0,profile/* unconfirmed */.B)(`${LOGGING}: a depth of 10 certificates including the root and the leaf, and 100 path-search iterations, stated for server certificates; client_cert_chain_exceeded_limit (third-party summaries) for clients.`),
            anchor: {
                confidence: 'vendor',
                source: `${TRUST_CONFIGS}: trust anchors are the roots a chain must end in; intermediates are listed separately.`,
            },
        },
    },
    keys: {
        rsa: { minBits: 2048, maxBits: 4096 },
        ec: { curves: ['P-256', 'P-384'], minBits: 256 },
        others: [],
        evidence: {
            confidence: 'third-party',
            source: `${LOGGING}: client_cert_invalid_rsa_key_size, client_cert_unsupported_elliptic_curve_key, client_cert_unsupported_key_algorithm; the sizes (RSA 2048–4096, P-256 and P-384) are stated for server certificates and confirmed for clients only by third parties.`,
        },
    },
    signatures: {
        hashes: algorithms/* SHA256_OR_STRONGER */.fw,
        families: ['RSA', 'RSA-PSS', 'ECDSA'],
        evidence: {
            confidence: 'vendor',
            source: `${MTLS}: keys RSA or ECDSA, hash SHA-256 or stronger; "MD4, MD5, and SHA-1 are not supported".`,
        },
    },
    bundle: {
        maxCertificateBytes: {
            value: 5 * 1024,
            adjustable: false,
            phase: 'upload',
            evidence: {
                confidence: 'vendor',
                source: `${TRUST_CONFIGS}: each pemCertificate (trust anchor or intermediate CA) holds one certificate of at most 5 kB (read as 5,120 bytes).`,
            },
        },
        format: {
            blankLines: 'accepted',
            textOutsideBlocks: 'tolerated',
            pemExtension: false,
            phase: 'upload',
            evidence: (0,profile/* unconfirmed */.B)(`${TRUST_CONFIGS}: each trust anchor and intermediate is its own PEM field; how a repository file is split into them is up to the deploy.`),
        },
        badCertificate: {
            phase: 'upload',
            evidence: (0,profile/* unconfirmed */.B)(`${TRUST_CONFIGS}: a field that does not parse is refused; the wording is not documented.`),
        },
    },
    purpose: {
        leaf: 'required',
        issuer: 'required',
        evidence: {
            confidence: 'vendor',
            source: `${MTLS}: the client certificate's extendedKeyUsage must include clientAuth; ${LOGGING}: client_cert_chain_invalid_eku, "Either the client certificate or its issuer doesn't have Extended Key Usage (EKU) that includes clientAuth" (confirmed by users, hashicorp/vault#24945).`,
        },
    },
    clientCa: {
        verdict: 'refused',
        evidence: {
            confidence: 'vendor',
            source: `${MTLS}: the client (leaf) certificate must not have basicConstraints CA=true.`,
        },
    },
    wording: {
        gateway: 'Google Cloud',
        refusal: 'a failed TLS handshake (or, with "allow invalid or missing client certificate", the failure passed to the backend in headers)',
        reasons: {
            untrusted: 'client_cert_validation_failed',
            'self-signed': 'client_cert_validation_failed',
            signature: 'client_cert_validation_failed',
            expired: 'client_cert_validation_failed',
            'not-yet-valid': 'client_cert_validation_failed',
            depth: 'client_cert_chain_exceeded_limit',
            'key-type': 'client_cert_unsupported_key_algorithm',
            'insecure-signature': 'client_cert_validation_failed',
            purpose: 'client_cert_chain_invalid_eku',
            invalid: 'client_cert_validation_failed',
        },
        uploadRefusal: 'Certificate Manager refuses the trust config',
        uploadWarning: 'Certificate Manager accepts the trust config',
        deploy: {
            step: 'import the trust anchors and intermediate CAs into the TrustConfig; the load balancer picks up the updated TrustConfig',
            command: 'gcloud certificate-manager trust-configs import TRUST_CONFIG --source=trust_config.yaml --location=global',
        },
    },
};

;// CONCATENATED MODULE: ./src/profiles/builtin/go.ts
/** The Go release this profile follows: the one Debian 12's caddy 2.6.2 is built with (`go version -m /usr/bin/caddy`). */
const GO_VERSION = 'go1.19.8';
const VERIFY = `Go source (${GO_VERSION}), src/crypto/x509/verify.go`;
const PARSER = `Go source (${GO_VERSION}), src/crypto/x509/parser.go`;
const TLS = `Go source (${GO_VERSION}), src/crypto/tls/handshake_server.go processCertsFromClient`;
const CADDY = 'Caddy 2.6.2 source, modules/caddytls/connpolicy.go ClientAuthentication.ConfigureTLSConfig';
const REAL_CADDY = "A real Caddy 2.6.2 agreed with this profile on the random cases of this project's system test";
/**
 * Go's crypto/tls server with RequireAndVerifyClientCert: the truststore is
 * the ClientCAs pool, what the client sends after its certificate the
 * Intermediates, and the client certificate is verified with
 * x509.Certificate.Verify and ExtKeyUsageClientAuth. Caddy, Traefik, the
 * Kubernetes API server (--client-ca-file), Vault's cert auth method and etcd
 * all verify client certificates this way.
 */
const go = {
    id: 'go',
    name: `Go crypto/tls client certificate verification (Caddy, Traefik, Kubernetes API server, Vault; ${GO_VERSION})`,
    summary: "Go's crypto/x509 as a TLS server runs it: every truststore certificate anchors a chain, intermediates from the client, a search of every path (backtracking past re-keyed namesakes and mismatched key identifiers) within 100 signature checks, no depth limit, extendedKeyUsage nested down the chain with anyExtendedKeyUsage counting, issuer names matched byte for byte, keyUsage of the client ignored, SHA-1 signatures refused; certificates Go's parser refuses do not count. No CRLs; a failed TLS handshake on failure.",
    validation: {
        confidence: 'vendor',
        source: `${VERIFY}: Certificate.Verify, isValid and buildChains; ${TLS}: the client's chain is verified with VerifyOptions{Roots: ClientCAs, Intermediates: the other certificates it sends, KeyUsages: ExtKeyUsageClientAuth}.`,
    },
    chain: {
        issuers: 'truststore-and-client',
        // Go counts no depth; its search is bounded by signature checks instead.
        maxIntermediates: Number.POSITIVE_INFINITY,
        depthLimit: 'no depth limit (the search stops after 100 signature checks)',
        partialChain: true,
        verifier: 'go',
        notAfterSecond: 'valid',
        evidence: {
            issuers: {
                confidence: 'vendor',
                source: `${TLS}: every certificate after the first one the client sends goes into VerifyOptions.Intermediates.`,
            },
            depth: {
                confidence: 'vendor',
                source: `${VERIFY}: buildChains has no depth limit; maxChainSignatureChecks (100) bounds the whole search; a pathLenConstraint that parses as negative means no limit (isValid checks MaxPathLen >= 0).`,
            },
            anchor: {
                confidence: 'vendor',
                source: `${VERIFY}: a candidate from Roots ends a path, self-signed or not; a client certificate that is itself in Roots is accepted as it is. ${REAL_CADDY}.`,
            },
            verifier: {
                confidence: 'vendor',
                source: `${VERIFY} and ${PARSER}: certificates are parsed by Go's own reader (duplicate extensions, differing signature algorithm fields, unsupported string types and curves, empty or malformed name constraints do not parse); issuers are found by the byte-equal raw name, those with a matching key identifier first; each candidate's signature is checked (CheckSignatureFrom: a v3 issuer needs basicConstraints cA, and keyCertSign when it has a keyUsage; MD5 and SHA-1 are refused); isValid refuses unhandled critical extensions (a critical nameConstraints with directoryName constraints is one), certificates outside their validity (both ends included), intermediates that are not CAs, and DNS, e-mail, URI and IP constraints the leaf's subjectAltNames break; every path is tried until one works. ${REAL_CADDY}.`,
            },
        },
    },
    keys: {
        rsa: { minBits: 1 },
        ec: { curves: ['P-224', 'P-256', 'P-384', 'P-521'], minBits: 1 },
        others: ['Ed25519'],
        evidence: {
            confidence: 'vendor',
            source: `${TLS}: a client certificate's key must be RSA, ECDSA or Ed25519 ("unsupported public key"); ${PARSER} parsePublicKey: named curves P-224, P-256, P-384 and P-521 only; Go 1.19 sets no RSA minimum.`,
        },
    },
    signatures: {
        hashes: ['SHA-256', 'SHA-384', 'SHA-512'],
        families: ['RSA', 'RSA-PSS', 'ECDSA', 'Ed25519'],
        evidence: {
            confidence: 'vendor',
            source: `Go source (${GO_VERSION}), src/crypto/x509/x509.go checkSignature and signatureAlgorithmDetails: SHA-256, SHA-384 and SHA-512 with RSA (PKCS #1 v1.5 or PSS with the salt as long as the hash), ECDSA and Ed25519; MD5 and SHA-1 are InsecureAlgorithmError, anything else ErrUnsupportedAlgorithm; the trust anchor's own signature is not checked.`,
        },
    },
    bundle: {
        format: {
            blankLines: 'accepted',
            textOutsideBlocks: 'tolerated',
            pemExtension: false,
            goReader: {
                confidence: 'vendor',
                source: `Go source (${GO_VERSION}), src/crypto/x509/cert_pool.go AppendCertsFromPEM: encoding/pem's Decode, then x509.ParseCertificate; ${CADDY}: the trusted CA files are read that way. The repository's reader differential compares the tool's model of it with a Go program (npm run test:system).`,
            },
            phase: 'upload',
            evidence: {
                confidence: 'vendor',
                source: `Go source (${GO_VERSION}), src/encoding/pem and src/crypto/x509/cert_pool.go AppendCertsFromPEM: text between blocks is skipped, blocks that are not CERTIFICATE or carry headers are ignored; ${CADDY}: trusted_ca_certs_pem_files (JSON) is read that way, while Caddy 2.6's Caddyfile trusted_ca_cert_file (caddyconfig/httpcaddyfile/builtins.go) takes only the first PEM block of the file.`,
            },
        },
        badCertificate: {
            phase: 'runtime',
            evidence: {
                confidence: 'vendor',
                source: `${VERIFY}: every certificate of the pool is loaded; one Verify refuses (expired, not a CA) fails only the paths through it.`,
            },
        },
    },
    purpose: {
        leaf: 'not-checked',
        issuer: 'not-checked',
        nestedExtendedKeyUsage: true,
        evidence: {
            confidence: 'vendor',
            source: `${VERIFY} checkChainForKeyUsage with ExtKeyUsageClientAuth (${TLS}): from the root down, a certificate with extendedKeyUsage that has neither clientAuth nor anyExtendedKeyUsage rules the path out ("Extended Key Usage values are enforced nested down a chain"); keyUsage is ignored ("KeyUsage status flags are ignored").`,
        },
    },
    clientCa: {
        verdict: 'judged',
        evidence: {
            confidence: 'vendor',
            source: `${VERIFY}: Verify checks a leaf's validity and extensions (isValid with leafCertificate) but not whether it is a CA, so a CA certificate presented as the client's is judged by its chain like any other.`,
        },
    },
    wording: {
        gateway: 'the Go TLS server',
        refusal: 'a failed TLS handshake (alert bad certificate; the server logs "tls: failed to verify client certificate")',
        reasons: {
            untrusted: 'tls: failed to verify client certificate: x509: certificate signed by unknown authority',
            'self-signed': 'tls: failed to verify client certificate: x509: certificate signed by unknown authority',
            signature: 'tls: failed to verify client certificate: x509: certificate signed by unknown authority',
            expired: 'tls: failed to verify client certificate: x509: certificate has expired or is not yet valid',
            'not-yet-valid': 'tls: failed to verify client certificate: x509: certificate has expired or is not yet valid',
            'insecure-signature': 'tls: failed to verify client certificate: x509: certificate signed by unknown authority',
            'key-type': 'tls: client certificate contains an unsupported public key',
            purpose: 'tls: failed to verify client certificate: x509: certificate specifies an incompatible key usage',
            invalid: 'tls: failed to verify client certificate: x509: certificate is not authorized to sign other certificates',
        },
        verifierErrorLog: {
            template: 'http: TLS handshake error from CLIENT: {error}',
            evidence: {
                confidence: 'vendor',
                source: `Go source (${GO_VERSION}), src/net/http/server.go: a failed handshake is logged as "http: TLS handshake error from <address>: <error>" (Caddy 2.6 logs it at DEBUG level under http.stdlib); ${TLS}: the error is "tls: failed to parse client certificate: ..." or "tls: failed to verify client certificate: " and Verify's error.`,
            },
        },
        uploadRefusal: "servers that read the bundle themselves refuse to start or to take it (Caddy's Caddyfile trusted_ca_cert_file and its JSON trusted_ca_certs, the Kubernetes API server's --client-ca-file, Vault's cert auth role); those that load it with AppendCertsFromPEM (Caddy's JSON trusted_ca_certs_pem_files, Traefik) skip the certificate, and clients that need it are refused",
        uploadWarning: 'the server loads the bundle',
        deploy: {
            step: "install the new CA file and reload the server (Caddy: `caddy reload`; Kubernetes: restart the API server; Vault: write the cert auth role's certificate)",
            command: 'caddy reload --config /etc/caddy/Caddyfile',
        },
    },
};

;// CONCATENATED MODULE: ./src/profiles/builtin/haproxy.ts



const CONFIGURATION = 'HAProxy 2.6 Configuration Manual (doc/configuration.txt), bind options';
const SOURCE = 'HAProxy 2.6 source';
const OPENSSL_SERVER = 'OpenSSL 3.0 source, ssl/ssl_cert.c ssl_verify_cert_chain: a server verifies client chains with the "ssl_client" purpose and its security level as the auth level';
/** Debian and Ubuntu build OpenSSL with security level 2 as the default; upstream OpenSSL 3.0 uses level 1. */
const DEFAULT_SECURITY_LEVEL = 2;
/**
 * HAProxy with `verify required` on a `bind` line: OpenSSL's chain model as a
 * TLS server applies it, with OpenSSL's default depth (HAProxy sets none) and,
 * with `crl-file`, CRLs for every CA of the chain. Its verify callback stops
 * at the first error and the handshake is aborted.
 */
const haproxy = {
    id: 'haproxy',
    name: 'HAProxy client certificate verification (bind ... verify required ca-file)',
    summary: "OpenSSL as a TLS server: `ca-file` as the trusted CAs, intermediates from the client, OpenSSL's default depth of 100 (HAProxy sets none), the TLS-client purpose, OpenSSL security level 2, and with `crl-file` a CRL from every CA on the chain; the TLS handshake is aborted on failure.",
    validation: {
        confidence: 'vendor',
        source: `${OPENSSL_SERVER}; ${CONFIGURATION}, verify: "The certificate provided by the client is always verified using CAs from 'ca-file' and optional CRLs from 'crl-file'".`,
    },
    chain: {
        issuers: 'truststore-and-client',
        maxIntermediates: 100,
        depthLimit: "OpenSSL's default verify depth of 100 intermediate CA certificates",
        partialChain: false,
        evidence: {
            issuers: {
                confidence: 'vendor',
                source: `${CONFIGURATION}, ca-file: "a PEM file from which to load CA certificates used to verify client's certificate"; OpenSSL uses the chain the client sends as untrusted intermediates.`,
            },
            depth: {
                confidence: 'vendor',
                source: `${SOURCE}, src/ssl_sock.c: no SSL_CTX_set_verify_depth for bind lines, so OpenSSL's default verify depth (100) applies; a real HAProxy 2.6.12 agreed with this profile on every random case of this project's system test that was not about the purpose.`,
            },
            anchor: {
                confidence: 'vendor',
                source: `${OPENSSL_SERVER}; without X509_V_FLAG_PARTIAL_CHAIN a chain ends in a self-signed trusted certificate.`,
            },
        },
    },
    ...(0,security_level/* securityLevelPolicy */.Z)(DEFAULT_SECURITY_LEVEL),
    bundle: {
        format: {
            blankLines: 'accepted',
            textOutsideBlocks: 'tolerated',
            pemExtension: false,
            reader: {
                confidence: 'vendor',
                source: `${SOURCE}, src/ssl_ckch.c __ssl_store_load_locations_file: ca-file is read with X509_STORE_load_locations, OpenSSL's PEM reader.`,
            },
            phase: 'upload',
            evidence: {
                confidence: 'vendor',
                source: `${SOURCE}, src/ssl_ckch.c __ssl_store_load_locations_file: ca-file is read with X509_STORE_load_locations (OpenSSL's PEM reader, which skips text between blocks); a file it cannot read stops HAProxy from starting ("Couldn't open the ca-file").`,
            },
        },
        badCertificate: {
            phase: 'runtime',
            evidence: {
                confidence: 'vendor',
                source: `${OPENSSL_SERVER}: every certificate of ca-file is loaded; each chain is judged on its own.`,
            },
        },
    },
    purpose: {
        leaf: 'not-checked',
        issuer: 'not-checked',
        sslClient: true,
        evidence: { confidence: 'vendor', source: OPENSSL_SERVER },
    },
    clientCa: judgedAsOpenSslDoes('reproduction', "a real HAProxy 2.6 on this machine judges a CA certificate presented as the client's by its chain, as OpenSSL does (__tests__/system/haproxy.system.ts)"),
    revocation: {
        scope: 'every-ca',
        missingCrl: 'refuses',
        setting: 'crl-file',
        evidence: {
            revoked: {
                confidence: 'vendor',
                source: `${CONFIGURATION}, crl-file: "a PEM file from which to load certificate revocation list used to verify client's certificate".`,
            },
            missing: {
                confidence: 'vendor',
                source: `${CONFIGURATION}, crl-file: "You need to provide a certificate revocation list for every certificate of your certificate authority chain"; ${SOURCE}, src/ssl_sock.c: X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL.`,
            },
            validity: {
                confidence: 'vendor',
                source: 'OpenSSL X509_verify_cert: CRL_HAS_EXPIRED and CRL_NOT_YET_VALID refuse the certificate the CRL covers.',
            },
            issuer: {
                confidence: 'vendor',
                source: "OpenSSL X509_verify_cert: a CRL whose signature does not verify with its issuer's key fails (CRL_SIGNATURE_FAILURE); a CRL from no CA on the chain is never used.",
            },
            format: {
                confidence: 'vendor',
                source: `${SOURCE}, src/ssl_ckch.c: a crl-file OpenSSL cannot load stops HAProxy from starting.`,
            },
        },
    },
    wording: {
        gateway: 'HAProxy',
        refusal: 'an aborted TLS handshake (a TLS alert)',
        reasons: {
            untrusted: 'SSL client certificate not trusted',
            'self-signed': 'SSL client certificate not trusted',
            signature: 'SSL client certificate not trusted',
            expired: 'SSL client certificate not trusted',
            'not-yet-valid': 'SSL client certificate not trusted',
            depth: 'SSL client CA chain cannot be verified',
            'key-type': 'SSL client certificate not trusted',
            'insecure-signature': 'SSL client CA chain cannot be verified',
            purpose: 'SSL client certificate not trusted',
            revoked: 'SSL client certificate not trusted',
            crl: 'SSL client certificate not trusted',
            'crl-expired': 'SSL client certificate not trusted',
            'crl-signature': 'SSL client certificate not trusted',
            invalid: 'SSL client CA chain cannot be verified',
        },
        verifyErrorLog: {
            which: 'first',
            atLeaf: 'SSL client certificate not trusted',
            atCa: 'SSL client CA chain cannot be verified',
            evidence: {
                confidence: 'vendor',
                source: `${SOURCE}, src/ssl_sock.c ssl_sock_bind_verifycbk: the first error not listed in crt-ignore-err or ca-ignore-err stops verification (the callback returns 0); an error at depth 0 sets CO_ER_SSL_CRT_FAIL, above it CO_ER_SSL_CA_FAIL, logged as the connection error (src/connection.c conn_err_code_str). The error itself is in the ssl_c_err and ssl_c_ca_err sample fetches.`,
            },
        },
        uploadRefusal: 'HAProxy refuses to start (`haproxy -c` fails)',
        uploadWarning: 'HAProxy loads the file',
        deploy: {
            step: 'install the new CA file (and CRL file) and reload HAProxy (or update it at run time with `set ssl ca-file` and `commit ssl ca-file` on the stats socket)',
            command: 'haproxy -c -f /etc/haproxy/haproxy.cfg && systemctl reload haproxy',
        },
    },
    options: [
        {
            key: 'security-level',
            description: "OpenSSL's security level on the server (0 to 5): `@SECLEVEL=N` in `ciphers`, else the system OpenSSL's default, 2 on Debian and Ubuntu, 1 upstream",
            apply(profile, value) {
                const level = (0,customise/* wholeNumber */.rD)(value, 'security-level', 0, 5);
                return { ...profile, ...(0,security_level/* securityLevelPolicy */.Z)(level, (0,customise/* configured */.tw)('profile-options.security-level')) };
            },
        },
    ],
};

;// CONCATENATED MODULE: ./src/profiles/builtin/nginx.ts



const SSL_MODULE = 'NGINX documentation, ngx_http_ssl_module';
const nginx_OPENSSL_SERVER = 'OpenSSL 3.0 source, ssl/ssl_cert.c ssl_verify_cert_chain: a server verifies client chains with the "ssl_client" purpose and its security level as the auth level';
/** Debian and Ubuntu build OpenSSL with security level 2 as the default; upstream OpenSSL 3.0 uses level 1. */
const nginx_DEFAULT_SECURITY_LEVEL = 2;
function nginx_depthLimit(depth) {
    return `\`ssl_verify_depth ${depth}\`: at most ${depth} intermediate CA certificate${depth === 1 ? '' : 's'} between the client certificate and the trusted root`;
}
/**
 * NGINX with `ssl_verify_client on` (and ingress-nginx, whose annotations
 * set the same directives): OpenSSL's chain model as a TLS server applies it.
 */
const nginx = {
    id: 'nginx',
    name: 'NGINX client certificate verification (ssl_verify_client on; also ingress-nginx auth-tls)',
    summary: 'OpenSSL as a TLS server: `ssl_client_certificate` as the trusted CAs, intermediates from the client, `ssl_verify_depth` 1 by default (one intermediate between a client and its root), the TLS-client purpose, OpenSSL security level 2, and with `ssl_crl` a CRL from every CA on the chain; 400 Bad Request on failure.',
    validation: {
        confidence: 'vendor',
        source: `${nginx_OPENSSL_SERVER}; ${SSL_MODULE}, ssl_verify_client: "the result of the certificate verification"; the checks are OpenSSL's X509_verify_cert.`,
    },
    chain: {
        issuers: 'truststore-and-client',
        maxIntermediates: 1,
        depthLimit: nginx_depthLimit(1),
        depthSetting: { name: 'ssl_verify_depth', countsAnchor: false },
        partialChain: false,
        evidence: {
            issuers: {
                confidence: 'vendor',
                source: `${SSL_MODULE}, ssl_client_certificate: trusted CA certificates; OpenSSL uses the chain the client sends as untrusted intermediates.`,
            },
            depth: {
                confidence: 'vendor',
                source: `${SSL_MODULE}, ssl_verify_depth: "Sets the verification depth in the client certificates chain", default 1 (ingress-nginx: auth-tls-verify-depth, default 1); OpenSSL's verify depth counts intermediates, so 1 admits a client under one intermediate, as a real NGINX 1.22 did on every random case of this project's system test.`,
            },
            anchor: {
                confidence: 'vendor',
                source: `${nginx_OPENSSL_SERVER}; without X509_V_FLAG_PARTIAL_CHAIN a chain ends in a self-signed trusted certificate.`,
            },
        },
    },
    ...(0,security_level/* securityLevelPolicy */.Z)(nginx_DEFAULT_SECURITY_LEVEL),
    bundle: {
        format: {
            blankLines: 'accepted',
            textOutsideBlocks: 'tolerated',
            pemExtension: false,
            reader: {
                confidence: 'vendor',
                source: 'NGINX loads ssl_client_certificate and ssl_trusted_certificate with SSL_load_client_CA_file and SSL_CTX_load_verify_locations, both OpenSSL PEM readers (src/event/ngx_event_openssl.c).',
            },
            phase: 'upload',
            evidence: { confidence: 'vendor', source: 'OpenSSL PEM reading skips text between blocks.' },
        },
        badCertificate: {
            phase: 'runtime',
            evidence: {
                confidence: 'vendor',
                source: `${nginx_OPENSSL_SERVER}: every certificate of ssl_client_certificate is loaded; each chain is judged on its own.`,
            },
        },
    },
    purpose: {
        leaf: 'not-checked',
        issuer: 'not-checked',
        sslClient: true,
        evidence: { confidence: 'vendor', source: nginx_OPENSSL_SERVER },
    },
    clientCa: judgedAsOpenSslDoes('reproduction', "a real NGINX 1.22 on this machine accepts a CA certificate as the client's when its keyUsage allows the TLS-client purpose (__tests__/system/nginx.system.ts)"),
    revocation: {
        scope: 'every-ca',
        missingCrl: 'refuses',
        setting: 'ssl_crl',
        evidence: {
            revoked: {
                confidence: 'vendor',
                source: `${SSL_MODULE}, ssl_crl: "Specifies a file with revoked certificates (CRL) in the PEM format used to verify client certificates".`,
            },
            missing: {
                confidence: 'vendor',
                source: 'nginx/nginx.org#188 (documentation fix for trac #344): with ssl_crl, a CRL is needed for every CA in the chain; OpenSSL X509_V_FLAG_CRL_CHECK_ALL; users in hashicorp/vault#16311 had to add the root CRL as well.',
            },
            validity: {
                confidence: 'vendor',
                source: 'OpenSSL X509_verify_cert: CRL_HAS_EXPIRED and CRL_NOT_YET_VALID refuse the certificate the CRL covers.',
            },
            issuer: {
                confidence: 'vendor',
                source: "OpenSSL X509_verify_cert: a CRL whose signature does not verify with its issuer's key fails (CRL_SIGNATURE_FAILURE); a CRL from no CA on the chain is never used.",
            },
            format: {
                confidence: 'vendor',
                source: `${SSL_MODULE}, ssl_crl: a file that does not load stops NGINX from starting (X509_LOOKUP_load_file failed).`,
            },
        },
    },
    wording: {
        gateway: 'NGINX',
        refusal: '400 Bad Request ("The SSL certificate error")',
        // Without a chain to judge (in the documentation of a rule), the error each reason usually ends on.
        reasons: {
            untrusted: 'client SSL certificate verify error: (20:unable to get local issuer certificate)',
            'self-signed': 'client SSL certificate verify error: (18:self-signed certificate)',
            signature: 'client SSL certificate verify error: (7:certificate signature failure)',
            expired: 'client SSL certificate verify error: (10:certificate has expired)',
            'not-yet-valid': 'client SSL certificate verify error: (9:certificate is not yet valid)',
            // A chain too deep reports CERT_CHAIN_TOO_LONG and then that its top has no issuer: NGINX logs the latter.
            depth: 'client SSL certificate verify error: (2:unable to get issuer certificate)',
            'key-type': 'client SSL certificate verify error: (66:EE certificate key too weak)',
            'insecure-signature': 'client SSL certificate verify error: (68:CA signature digest algorithm too weak)',
            purpose: 'client SSL certificate verify error: (26:unsuitable certificate purpose)',
            revoked: 'client SSL certificate verify error: (23:certificate revoked)',
            crl: 'client SSL certificate verify error: (3:unable to get certificate CRL)',
            'crl-expired': 'client SSL certificate verify error: (12:CRL has expired)',
            'crl-signature': 'client SSL certificate verify error: (8:CRL signature failure)',
            invalid: 'client SSL certificate verify error: (79:invalid CA certificate)',
        },
        verifyErrorLog: {
            which: 'last',
            atLeaf: 'client SSL certificate verify error: ({code}:{text})',
            evidence: {
                confidence: 'vendor',
                source: 'NGINX 1.22 source, src/event/ngx_event_openssl.c ngx_ssl_verify_callback returns 1 whatever the error, so OpenSSL goes on verifying after each; src/http/ngx_http_request.c then logs SSL_get_verify_result at info level as "client SSL certificate verify error: (%l:%s)": the last error OpenSSL reported. Matched against a real NGINX 1.22.1 in this project\'s system test.',
            },
        },
        uploadRefusal: 'NGINX refuses to load the configuration (`nginx -t` fails)',
        uploadWarning: 'NGINX loads the file',
        deploy: {
            step: 'install the new CA file (and CRL file) and reload NGINX; ingress-nginx reloads when the secret changes',
            command: 'nginx -t && nginx -s reload',
        },
    },
    options: [
        {
            key: 'ssl_verify_depth',
            description: 'the `ssl_verify_depth` (ingress-nginx `auth-tls-verify-depth`) your server sets: intermediate CA certificates allowed between a client and its root; 1 when unset',
            apply(profile, value) {
                const depth = (0,customise/* wholeNumber */.rD)(value, 'ssl_verify_depth', 0, 100);
                const evidence = { ...profile.chain.evidence, depth: (0,customise/* configured */.tw)('profile-options.ssl_verify_depth') };
                return {
                    ...profile,
                    chain: { ...profile.chain, maxIntermediates: depth, depthLimit: nginx_depthLimit(depth), evidence },
                };
            },
        },
        {
            key: 'security-level',
            description: "OpenSSL's security level on the server (0 to 5): `@SECLEVEL=N` in `ssl_ciphers`, else the system OpenSSL's default, 2 on Debian and Ubuntu, 1 upstream",
            apply(profile, value) {
                const level = (0,customise/* wholeNumber */.rD)(value, 'security-level', 0, 5);
                return { ...profile, ...(0,security_level/* securityLevelPolicy */.Z)(level, (0,customise/* configured */.tw)('profile-options.security-level')) };
            },
        },
    ],
};

;// CONCATENATED MODULE: ./src/profiles/builtin/openssl.ts


const VERIFY_DOC = 'OpenSSL 3.0 documentation, openssl-verify(1) and X509_verify_cert(3)';
/**
 * What `openssl verify -CAfile <truststore> -untrusted <what the client sends>`
 * accepts: the reference chain model the other profiles are compared with,
 * and the one x509-limbo's cases are judged under. No gateway quotas, no key
 * or hash floors (`openssl verify` applies none), no purpose check.
 */
const openssl = {
    id: 'openssl',
    name: 'OpenSSL certificate verification (openssl verify with the client intermediates as -untrusted)',
    summary: "What `openssl verify -CAfile truststore -untrusted intermediates` accepts: OpenSSL's chain building and checks, the certificates the client sends as untrusted intermediates, no quotas or algorithm floors.",
    validation: {
        confidence: 'vendor',
        source: `${VERIFY_DOC}: chain building, then extension checks, signatures and validity periods, then name constraints.`,
    },
    chain: {
        issuers: 'truststore-and-client',
        maxIntermediates: 100,
        depthLimit: "OpenSSL's default verify depth of 100 intermediate CA certificates",
        depthSetting: { name: '-verify_depth', countsAnchor: false },
        partialChain: false,
        evidence: {
            issuers: {
                confidence: 'vendor',
                source: `${VERIFY_DOC}: -untrusted names certificates that may complete a chain.`,
            },
            depth: {
                confidence: 'vendor',
                source: `${VERIFY_DOC}: -verify_depth, 100 by default; neither the leaf nor the trust anchor counts.`,
            },
            anchor: {
                confidence: 'vendor',
                source: `${VERIFY_DOC}: without -partial_chain, a chain must end in a self-signed certificate from the trusted store.`,
            },
        },
    },
    keys: {
        rsa: { minBits: 1 },
        ec: { minBits: 1, explicitParameters: true },
        others: ['DSA', 'Ed25519', 'Ed448'],
        evidence: {
            confidence: 'vendor',
            source: `${VERIFY_DOC}: without -auth_level, verification applies no key-size floor.`,
        },
    },
    signatures: {
        hashes: algorithms/* ALL_HASHES */.bB,
        families: ['RSA', 'RSA-PSS', 'ECDSA', 'DSA', 'Ed25519', 'Ed448'],
        evidence: {
            confidence: 'vendor',
            source: `${VERIFY_DOC}: without -auth_level, verification applies no hash floor.`,
        },
    },
    bundle: {
        format: {
            blankLines: 'accepted',
            textOutsideBlocks: 'tolerated',
            pemExtension: false,
            reader: {
                confidence: 'vendor',
                source: 'OpenSSL loads a -CAfile with X509_load_cert_crl_file, through PEM_X509_INFO_read_bio (crypto/x509/by_file.c).',
            },
            phase: 'upload-warning',
            evidence: { confidence: 'vendor', source: 'OpenSSL PEM reading skips text between blocks.' },
        },
        badCertificate: {
            phase: 'runtime',
            evidence: {
                confidence: 'vendor',
                source: `${VERIFY_DOC}: every certificate of -CAfile is loaded; each chain is judged on its own.`,
            },
        },
    },
    purpose: {
        leaf: 'not-checked',
        issuer: 'not-checked',
        evidence: { confidence: 'vendor', source: `${VERIFY_DOC}: without -purpose, no purpose is checked.` },
    },
    clientCa: judgedAsOpenSslDoes('vendor'),
    revocation: {
        scope: 'every-ca',
        missingCrl: 'refuses',
        setting: '-crl_check_all -CRLfile',
        evidence: {
            revoked: {
                confidence: 'vendor',
                source: `${VERIFY_DOC}: -crl_check_all checks every certificate of the chain against the CRLs of -CRLfile.`,
            },
            missing: {
                confidence: 'vendor',
                source: `${VERIFY_DOC}: with -crl_check_all, a certificate without a CRL from its issuer fails (unable to get certificate CRL).`,
            },
            validity: {
                confidence: 'vendor',
                source: `${VERIFY_DOC}: an expired or not yet valid CRL fails the certificates it covers.`,
            },
            issuer: { confidence: 'vendor', source: `${VERIFY_DOC}: a CRL must verify with its issuer's key.` },
            format: { confidence: 'vendor', source: `${VERIFY_DOC}: -CRLfile must hold readable CRLs.` },
        },
    },
    wording: {
        gateway: 'OpenSSL',
        refusal: 'a failed verification (a failed TLS handshake on an OpenSSL-based server)',
        reasons: {
            untrusted: 'unable to get local issuer certificate',
            'self-signed': 'self-signed certificate',
            signature: 'certificate signature failure',
            expired: 'certificate has expired',
            'not-yet-valid': 'certificate is not yet valid',
            depth: 'certificate chain too long',
            purpose: 'unsupported certificate purpose',
            revoked: 'certificate revoked',
            crl: 'unable to get certificate CRL',
            'crl-expired': 'CRL has expired',
            'crl-signature': 'CRL signature failure',
            invalid: 'invalid CA certificate',
        },
        uploadRefusal: 'the server refuses to load the CA file',
        uploadWarning: 'the server loads the CA file',
        deploy: {
            step: 'install the new CA file and reload the server',
            command: 'openssl verify -CAfile TRUSTSTORE -untrusted CHAIN CLIENT',
        },
    },
};

;// CONCATENATED MODULE: ./src/profiles/registry.ts










/** The built-in gateway profiles; their ids are a public contract. The first is the default. */
const BUILTIN_PROFILES = [
    awsApiGateway,
    awsAlb,
    awsCloudfront,
    gcpLoadBalancer,
    azureApplicationGateway,
    nginx,
    haproxy,
    envoy,
    go,
    openssl,
];
const DEFAULT_PROFILE = awsApiGateway;
function findProfile(id) {
    return BUILTIN_PROFILES.find((profile) => profile.id === id);
}


/***/ }),

/***/ 4597:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ securityLevelPolicy),
/* harmony export */   d: () => (/* binding */ authLevel)
/* harmony export */ });
/* harmony import */ var _x509_algorithms_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5952);
/* harmony import */ var _x509_security_bits_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5665);


const SECURITY_LEVEL_DOC = 'OpenSSL 3.0 documentation, SSL_CTX_set_security_level(3)';
/** What OpenSSL's security level does to client chains (keys and signatures), as profile data. */
function securityLevelPolicy(level, evidence = {
    confidence: 'vendor',
    source: `${SECURITY_LEVEL_DOC}: at level N a TLS peer's chain needs keys and signatures of at least ${_x509_security_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .SECURITY_LEVEL_BITS */ .ns.join('/')} security bits (levels 1 to 5); the trust anchor's own signature is not checked.`,
}) {
    const minSecurityBits = level > 0 ? _x509_security_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .SECURITY_LEVEL_BITS */ .ns[Math.min(level, 5) - 1] : undefined;
    const floor = minSecurityBits === undefined ? {} : { minSecurityBits };
    return {
        keys: {
            rsa: { minBits: 1 },
            ec: { minBits: 1, explicitParameters: true },
            others: ['DSA', 'Ed25519', 'Ed448'],
            ...floor,
            evidence,
        },
        signatures: {
            hashes: _x509_algorithms_js__WEBPACK_IMPORTED_MODULE_0__/* .ALL_HASHES */ .bB,
            families: ['RSA', 'RSA-PSS', 'ECDSA', 'DSA', 'Ed25519', 'Ed448'],
            ...floor,
            evidence,
        },
    };
}
/** The `-auth_level` that stands for a profile's security floor, when it has one. */
function authLevel(minSecurityBits) {
    if (minSecurityBits === undefined)
        return undefined;
    const index = _x509_security_bits_js__WEBPACK_IMPORTED_MODULE_1__/* .SECURITY_LEVEL_BITS */ .ns.indexOf(minSecurityBits);
    return index === -1 ? undefined : index + 1;
}


/***/ }),

/***/ 1938:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ truststoreFingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * A truststore's canonical fingerprint: SHA-256 over its certificates' DER,
 * sorted bytewise and concatenated, so reordering blocks or reformatting PEM
 * leaves it unchanged and any change of content changes it.
 */
function truststoreFingerprint(ders) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const der of [...ders].sort((a, b) => Buffer.compare(a, b)))
        hash.update(der);
    return hash.digest('hex').toUpperCase();
}


/***/ }),

/***/ 8850:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C1: () => (/* binding */ mergeReports),
/* harmony export */   Hu: () => (/* binding */ failsOn),
/* harmony export */   Op: () => (/* binding */ targetLabel),
/* harmony export */   Qm: () => (/* binding */ FAIL_ON_VALUES),
/* harmony export */   fS: () => (/* binding */ summarise),
/* harmony export */   hD: () => (/* binding */ targetKey),
/* harmony export */   pG: () => (/* binding */ findingMessage)
/* harmony export */ });
/** A key for a thing (a file, a fingerprint) under its target: the same file can be judged under several targets. */
const targetKey = (target, value) => `${target ?? ''}\0${value}`;
/** The summary block: findings counted by severity, with the number of files, certificates and clients read. */
function summarise(findings, files, certificates, chains) {
    const count = (severity) => findings.filter((finding) => finding.severity === severity).length;
    const accepted = chains.filter((chain) => chain.accepted).length;
    return {
        errors: count('error'),
        warnings: count('warning'),
        notices: count('notice'),
        files,
        certificates,
        clients: { accepted, refused: chains.length - accepted },
    };
}
/** `api (aws-api-gateway)`: how a target is named in messages and headings; empty for the only, unnamed one. */
function targetLabel(report, name) {
    if (!name)
        return '';
    const target = report.targets.find((candidate) => candidate.name === name);
    return target ? `${name} (${target.profile.id})` : name;
}
/** A finding's message, prefixed with its target where the report has named targets: `[api (aws-alb)] ...`. */
function findingMessage(report, finding) {
    const label = targetLabel(report, finding.target);
    return label ? `[${label}] ${finding.message}` : finding.message;
}
/**
 * One report from the reports of several targets. A finding about a file
 * rather than a certificate that is the same under every target it appears
 * in (a private key in the repository, a file that cannot be read) is kept
 * once, under the first; a finding on a certificate stays with each target,
 * whose verdicts it decides.
 */
function mergeReports(reports, files) {
    const findings = [];
    const firstTarget = new Map();
    for (const report of reports) {
        for (const finding of report.findings) {
            const key = JSON.stringify([finding.ruleId, finding.file, finding.line, finding.message]);
            if (!finding.certificate && firstTarget.has(key) && firstTarget.get(key) !== finding.target)
                continue;
            firstTarget.set(key, finding.target);
            findings.push(finding);
        }
    }
    const chains = reports.flatMap((report) => report.chains);
    const certificates = reports.flatMap((report) => report.certificates);
    const unique = new Set(certificates.map((certificate) => `${certificate.file}:${certificate.line}`));
    return {
        version: 1,
        profile: reports[0].profile,
        targets: reports.flatMap((report) => report.targets),
        summary: summarise(findings, files, unique.size, chains),
        findings,
        certificates,
        chains,
        suppressed: reports.flatMap((report) => report.suppressed),
    };
}
const FAIL_ON_VALUES = ['error', 'warning', 'never'];
/** Whether the report should fail the build under `failOn`. */
function failsOn(report, failOn, onlyNew = false) {
    if (failOn === 'never')
        return false;
    // Without a base every finding is new: --fail-on-new then fails as --fail-on does.
    const counts = onlyNew && report.summary.new ? report.summary.new : report.summary;
    if (failOn === 'warning')
        return counts.errors + counts.warnings > 0;
    return counts.errors > 0;
}


/***/ }),

/***/ 4613:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NH: () => (/* binding */ describePath),
/* harmony export */   et: () => (/* binding */ subjectOf),
/* harmony export */   k5: () => (/* binding */ chainMember),
/* harmony export */   mc: () => (/* binding */ leafClause),
/* harmony export */   p0: () => (/* binding */ verifyCommand),
/* harmony export */   uh: () => (/* binding */ describeRejected),
/* harmony export */   xD: () => (/* binding */ issuerOf)
/* harmony export */ });
/* unused harmony export verifyArguments */
/* harmony import */ var _profiles_security_level_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4597);
/* harmony import */ var _x509_certificate_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9893);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(281);
/* harmony import */ var _text_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8244);
/* harmony import */ var _text_shorten_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6942);





/** `CN=Issuing CA (key identifier 1A:2B...)`: how a missing issuer is named. */
function issuerOf(certificate) {
    const name = certificate.issuer.isEmpty ? '(empty issuer name)' : (0,_text_shorten_js__WEBPACK_IMPORTED_MODULE_3__/* .shorten */ .m)(certificate.issuer.text);
    return certificate.authorityKeyId
        ? `${name} (key identifier ${(0,_x509_certificate_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFingerprint */ .uV)(certificate.authorityKeyId.toUpperCase())})`
        : name;
}
/** `CN=Leaf → CN=Issuing CA → CN=Root`. */
function describePath(path) {
    return path.map(_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb).join(' → ');
}
function leafClause(chain) {
    return `The client certificate ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(chain.leaf.certificate)}`;
}
/** A certificate of a client's chain, as a sentence about the client names it: `its certificate` for the client's own. */
function chainMember(certificate, chain) {
    return certificate === chain.leaf.certificate ? 'its certificate' : (0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(certificate);
}
/** The certificate a client problem is about, when it is about one. */
function subjectOf(problem) {
    switch (problem.kind) {
        case 'chain-too-long':
            return undefined;
        case 'issuer-not-ca':
        case 'path-length-exceeded':
            return problem.issuer;
        default:
            return problem.certificate;
    }
}
/**
 * The `openssl verify` arguments that judge a client as the profile's chain
 * model does: only the leaf against the truststore where issuers come from
 * the truststore alone (the check the AWS Knowledge Center gives), the
 * client's file as -untrusted otherwise, the depth limit, partial chains.
 */
function verifyArguments(profile, files) {
    const args = ['verify', '-no-CApath', '-no-CAstore', '-CAfile', files.truststore];
    if (profile.chain.maxIntermediates !== 100)
        args.push('-verify_depth', String(profile.chain.maxIntermediates));
    if (profile.chain.partialChain)
        args.push('-partial_chain');
    if (profile.purpose.sslClient)
        args.push('-purpose', 'sslclient');
    const level = (0,_profiles_security_level_js__WEBPACK_IMPORTED_MODULE_0__/* .authLevel */ .d)(profile.keys.minSecurityBits);
    if (level !== undefined)
        args.push('-auth_level', String(level));
    // openssl verify cannot let a certificate without a CRL through, so only a gateway that refuses it is expressed.
    if (files.crls && profile.revocation?.missingCrl === 'refuses') {
        args.push(profile.revocation.scope === 'every-ca' ? '-crl_check_all' : '-crl_check', '-CRLfile', files.crls);
    }
    if (profile.chain.issuers === 'truststore-and-client')
        args.push('-untrusted', files.client);
    return [...args, files.client];
}
/**
 * The command a finding gives, with the real file names quoted; a bundle of
 * several files is concatenated first, as the deploy does, and so are
 * several CRL files (-CRLfile takes one).
 */
function verifyCommand(profile, chain, crlFiles = []) {
    const steps = [];
    const joined = (paths, name) => {
        const quoted = paths.map(_text_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .shellQuote */ .Z);
        if (quoted.length === 1)
            return quoted[0];
        steps.push(`cat ${quoted.join(' ')} > ${name}`);
        return name;
    };
    const truststore = joined(chain.truststore.files.map((file) => file.path), 'bundle.pem');
    const crls = crlFiles.length > 0 ? joined(crlFiles, 'crls.pem') : undefined;
    const client = (0,_text_shell_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .shellQuote */ .Z)(chain.file.path);
    steps.push(`openssl ${verifyArguments(profile, { truststore, client, ...(crls ? { crls } : {}) }).join(' ')}`);
    return steps.join(' && ');
}
/** Why certificates with the right name were passed over, for messages: another CA, a re-keyed one, an unusable one. */
function describeRejected(rejected) {
    if (rejected.length === 0)
        return '';
    const reasons = rejected.slice(0, 5).map(({ certificate, why }) => {
        const keyId = certificate.subjectKeyId ? (0,_x509_certificate_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFingerprint */ .uV)(certificate.subjectKeyId.toUpperCase()) : '(none)';
        switch (why) {
            case 'key-identifier':
                return `key identifier ${keyId}, not the one the certificate names`;
            case 'signature-algorithm':
                return `a ${certificate.publicKey.type} key, which cannot have made this ${certificate.signatureAlgorithm.family} signature`;
            case 'invalid':
                return `marked invalid by OpenSSL because ${certificate.invalid ?? 'of its extensions'}`;
        }
    });
    const more = rejected.length > 5 ? `; and ${rejected.length - 5} more` : '';
    return ` A certificate with that name is there but cannot be the issuer (${reasons.join('; ')}${more}): another CA, or the CA was re-keyed and the truststore is stale.`;
}


/***/ }),

/***/ 168:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rt: () => (/* binding */ describeCrl),
/* harmony export */   dL: () => (/* binding */ revocationRefusal),
/* harmony export */   ve: () => (/* binding */ eachCrl)
/* harmony export */ });
/* unused harmony exports crlCommand, crlValidUntil */
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(281);
/* harmony import */ var _text_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8244);
/* harmony import */ var _text_shorten_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6942);




/** `the CRL from CN=Issuing CA (crls/issuing.crl, line 1)`; `The CRL ...` at the start of a sentence. */
function describeCrl(given, startsSentence = false) {
    const issuer = given.crl.issuer.isEmpty ? '(empty issuer name)' : (0,_text_shorten_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .m)(given.crl.issuer.text);
    return `${startsSentence ? 'The' : 'the'} CRL from ${issuer} (${given.file.path}, line ${given.object.line})`;
}
/** `openssl crl` showing the list as OpenSSL reads it. */
function crlCommand(given) {
    const inform = given.object.encoding === 'der' ? ' -inform DER' : '';
    return `openssl crl${inform} -in ${(0,_text_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .Z)(given.file.path)} -noout -text`;
}
/** When the CRL stops being current: its nextUpdate, or never when it has none. */
function crlValidUntil(given) {
    return given.crl.nextUpdate ? formatDate(given.crl.nextUpdate) : 'no stated date (it has no nextUpdate)';
}
/** What the gateway does to clients when a CRL it needs is missing, unusable, expired or badly signed. */
function revocationRefusal(profile, reason = 'crl', chain) {
    return (0,_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .refusal */ .x5)(profile, profile.wording.reasons[reason] ? reason : 'crl', chain);
}
/** Runs `check` on every CRL the gateway is given; a throw becomes an internal-error finding on that CRL. */
function* eachCrl(context, check) {
    for (const given of context.chains.crls.all) {
        const at = (message) => ({
            message,
            file: given.file.path,
            line: given.object.line,
            endLine: given.object.endLine,
            command: crlCommand(given),
        });
        try {
            const finding = check(given, at);
            if (finding)
                yield finding;
        }
        catch (error) {
            yield (0,_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .internalError */ .WB)(given.file.path, given.object.line, given.object.endLine, 'checking a CRL', error);
        }
    }
}


/***/ }),

/***/ 8737:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ explainCertificateExpired),
/* harmony export */   V: () => (/* binding */ certificateExpired)
/* harmony export */ });
/* harmony import */ var _inventory_client_file_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(228);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9834);
/* harmony import */ var _x509_validity_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6152);
/* harmony import */ var _chain_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4613);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(281);





/** A valid certificate of the bundle with the same name and key: OpenSSL takes it, and the expired one is never used. */
function successor(truststores, expired, at) {
    for (const truststore of truststores) {
        if (!truststore.contains(expired))
            continue;
        const renewed = truststore
            .withSubject(expired.subject.key)
            .find((other) => other.publicKey.sha256 === expired.publicKey.sha256 && (0,_x509_validity_js__WEBPACK_IMPORTED_MODULE_3__/* .validityAt */ .m)(other, at) === 'valid');
        if (renewed)
            return renewed;
    }
    return undefined;
}
const certificateExpired = {
    id: 'certificate-expired',
    defaultSeverity: 'error',
    title: 'Certificate has expired',
    description: "The check time is at or after the certificate's notAfter (OpenSSL treats the notAfter second itself as expired). Clients presenting it, or whose chain goes through it, are refused. An expired CA with a valid renewal of the same name and key beside it is never used, and is only a warning.",
    remedy: 'Renew the certificate and replace it. Confirm with `openssl x509 -noout -enddate -in FILE`.',
    appliesTo: (profile) => ({ evidence: profile.validation, phase: profile.bundle.badCertificate.phase }),
    consequence: (profile) => `Clients presenting it, or whose chain goes through it, get ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(profile, 'expired')}.`,
    *check(context) {
        const { profile } = context;
        yield* (0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .eachCertificate */ .vu)(context, ({ certificate, role, at }) => {
            if ((0,_x509_validity_js__WEBPACK_IMPORTED_MODULE_3__/* .validityAt */ .m)(certificate, context.at, context.profile.chain.notAfterSecond) !== 'expired')
                return undefined;
            const found = `The ${_inventory_client_file_js__WEBPACK_IMPORTED_MODULE_0__/* .ROLE_WORDS */ .J$[role]} ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(certificate)} expired on ${(0,_time_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDate */ .Y)(certificate.notAfter)}.`;
            const renewed = role === 'truststore' ? successor(context.chains.truststores, certificate, context.at) : undefined;
            if (renewed) {
                return {
                    ...at(`${found} A valid certificate with the same name and key (valid until ${(0,_time_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDate */ .Y)(renewed.notAfter)}) is also in the truststore and is the one used: remove the expired copy.`),
                    atMost: 'warning',
                };
            }
            const finding = at(`${found} ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .certificateConsequence */ .l4)(profile, role, 'expired', 'clients whose only chain goes through it')}`);
            return role === 'sent' ? { ...finding, atMost: 'notice' } : finding;
        });
    },
};
const explainCertificateExpired = {
    rule: certificateExpired,
    describe(problem, chain, context) {
        const when = (0,_time_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDate */ .Y)(problem.certificate.notAfter);
        return problem.certificate === chain.leaf.certificate
            ? `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .leafClause */ .mc)(chain)} expired on ${when}: ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(context.profile, 'expired', chain)}.`
            : `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .leafClause */ .mc)(chain)} would be refused, ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(context.profile, 'expired', chain)}: its chain (${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .describePath */ .NH)(chain.built.chain)}) goes through ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(problem.certificate)}, which expired on ${when}.`;
    },
};


/***/ }),

/***/ 5945:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ certificateNotYetValid),
/* harmony export */   k: () => (/* binding */ explainCertificateNotYetValid)
/* harmony export */ });
/* harmony import */ var _inventory_client_file_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(228);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9834);
/* harmony import */ var _x509_validity_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6152);
/* harmony import */ var _chain_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4613);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(281);





const certificateNotYetValid = {
    id: 'certificate-not-yet-valid',
    defaultSeverity: 'error',
    title: 'Certificate is not valid yet',
    description: "The check time is before the certificate's notBefore (often a clock or time-zone mistake when it was issued).",
    remedy: 'Wait until it becomes valid or re-issue it with a correct notBefore. Confirm with `openssl x509 -noout -startdate -in FILE`.',
    appliesTo: (profile) => ({ evidence: profile.validation, phase: profile.bundle.badCertificate.phase }),
    consequence: (profile) => `Clients presenting it, or whose chain goes through it, get ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(profile, 'not-yet-valid')} until it becomes valid.`,
    *check(context) {
        const { profile } = context;
        yield* (0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .eachCertificate */ .vu)(context, ({ certificate, role, at }) => {
            if ((0,_x509_validity_js__WEBPACK_IMPORTED_MODULE_3__/* .validityAt */ .m)(certificate, context.at, context.profile.chain.notAfterSecond) !== 'not-yet-valid')
                return undefined;
            const finding = at(`The ${_inventory_client_file_js__WEBPACK_IMPORTED_MODULE_0__/* .ROLE_WORDS */ .J$[role]} ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(certificate)} is not valid until ${(0,_time_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDate */ .Y)(certificate.notBefore)}. ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .certificateConsequence */ .l4)(profile, role, 'not-yet-valid')}`);
            return role === 'sent' ? { ...finding, atMost: 'notice' } : finding;
        });
    },
};
const explainCertificateNotYetValid = {
    rule: certificateNotYetValid,
    describe(problem, chain, context) {
        const when = (0,_time_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDate */ .Y)(problem.certificate.notBefore);
        return problem.certificate === chain.leaf.certificate
            ? `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .leafClause */ .mc)(chain)} is not valid until ${when}: ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(context.profile, 'not-yet-valid', chain)}.`
            : `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .leafClause */ .mc)(chain)} would be refused, ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(context.profile, 'not-yet-valid', chain)}: its chain (${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .describePath */ .NH)(chain.built.chain)}) goes through ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(problem.certificate)}, which is not valid until ${when}.`;
    },
};


/***/ }),

/***/ 6434:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ explainChainSignatureInvalid),
/* harmony export */   f: () => (/* binding */ chainSignatureInvalid)
/* harmony export */ });
/* harmony import */ var _chain_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4613);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(281);


/** Namesakes tried for the hint: enough for any real truststore, bounded for a hostile one. */
const MAX_NAMESAKES_TRIED = 64;
const chainSignatureInvalid = {
    id: 'chain-signature-invalid',
    defaultSeverity: 'error',
    title: 'Signature on the chain does not verify',
    description: "A certificate names an issuer that exists, but the issuer's key does not verify its signature: the certificate was altered, or it was issued by another CA with the same name. OpenSSL takes the first certificate with the issuer's name that its key identifiers allow and never tries another, so a stale namesake earlier in the truststore breaks the chain.",
    remedy: 'Re-issue the certificate from the CA in the truststore, or put the CA that really issued it in the truststore (before, or instead of, its namesake). Confirm with the `openssl verify` command given with the finding ("certificate signature failure").',
    appliesTo: (profile) => ({ evidence: profile.validation }),
    consequence: (profile) => `The client gets ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .refusal */ .x5)(profile, 'signature')}: the certificate fails the integrity check.`,
};
const explainChainSignatureInvalid = {
    rule: chainSignatureInvalid,
    describe(problem, chain, context) {
        const which = problem.certificate === chain.leaf.certificate
            ? 'Its signature'
            : `The signature on ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .nameOf */ .Vb)(problem.certificate)} on its chain`;
        // The namesake OpenSSL did not try: worth naming, since reordering or removing the stale one fixes it.
        const better = chain.truststore
            .withSubject(problem.issuer.subject.key)
            .slice(0, MAX_NAMESAKES_TRIED)
            .find((other) => other !== problem.issuer && context.chains.signatures.verifies(problem.certificate, other));
        const hint = better
            ? ` Another certificate with that name in the truststore, with key identifier ${better.subjectKeyId ?? '(none)'}, does verify it: ${context.profile.wording.gateway} takes the first that fits and never tries the next, so remove the stale one or give the certificate an authorityKeyIdentifier.`
            : ' The certificate was altered or comes from another CA with the same name.';
        return `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .leafClause */ .mc)(chain)} would be refused, ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .refusal */ .x5)(context.profile, 'signature', chain)}: ${which} does not verify with the key of ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .nameOf */ .Vb)(problem.issuer)}, the certificate with the issuer's name.${hint}`;
    },
};


/***/ }),

/***/ 27:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ explainChainTooLong),
/* harmony export */   y: () => (/* binding */ chainTooLong)
/* harmony export */ });
/* harmony import */ var _chain_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4613);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(281);


const chainTooLong = {
    id: 'chain-too-long',
    defaultSeverity: 'error',
    title: 'Chain deeper than the gateway allows',
    description: "The client's chain needs more CA certificates between it and the root than the gateway's depth limit allows. API Gateway accepts at most four CA certificates above the client (the root and three intermediates); where the limit is a setting (NGINX `ssl_verify_depth`), the finding says which value the chain needs.",
    remedy: 'Issue client certificates from a CA closer to the root, or raise the depth setting where the gateway has one.',
    appliesTo: (profile) => ({ evidence: profile.chain.evidence.depth }),
    consequence: (profile) => `The client gets ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .refusal */ .x5)(profile, 'depth')}; the limit is ${profile.chain.depthLimit}.`,
};
const explainChainTooLong = {
    rule: chainTooLong,
    describe(problem, chain, context) {
        const { chain: model } = context.profile;
        const needed = chain.fullChainIntermediates;
        const length = needed !== undefined
            ? `${needed + 1} CA certificates above it (${needed} intermediate${needed === 1 ? '' : 's'} and the root)`
            : `more than ${model.maxIntermediates + 1} CA certificates above it`;
        const setting = model.depthSetting && needed !== undefined
            ? ` It needs \`${model.depthSetting.name} ${needed + (model.depthSetting.countsAnchor ? 1 : 0)}\` or more.`
            : '';
        return `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .leafClause */ .mc)(chain)} would be refused, ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .refusal */ .x5)(context.profile, 'depth', chain)}: its chain (${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .describePath */ .NH)(chain.built.chain.slice(0, 4))}${chain.built.chain.length > 4 ? ' → …' : ''}) has ${length}; ${context.profile.wording.gateway} allows ${model.depthLimit}.${setting}`;
    },
};


/***/ }),

/***/ 3215:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ explainClientAuthNotPermitted),
/* harmony export */   X: () => (/* binding */ clientAuthNotPermitted)
/* harmony export */ });
/* harmony import */ var _profiles_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6546);
/* harmony import */ var _chain_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4613);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(281);



function usages(certificate) {
    return certificate.extendedKeyUsage ? certificate.extendedKeyUsage.join(', ') || '(empty)' : 'no extendedKeyUsage';
}
const clientAuthNotPermitted = {
    id: 'client-auth-not-permitted',
    defaultSeverity: 'error',
    title: 'Certificate not allowed for client authentication',
    description: "The client certificate's extendedKeyUsage lacks clientAuth (anyExtendedKeyUsage does not stand in for it in OpenSSL; in Go it does, and a CA's extendedKeyUsage limits every certificate below it), or lacks the extension where the gateway requires it; Google Cloud checks the issuing CA's too. Where the gateway does not document a purpose check (API Gateway), it is a warning.",
    remedy: 'Re-issue the certificate with `extendedKeyUsage=clientAuth`. Inspect with `openssl x509 -noout -ext extendedKeyUsage -in FILE`.',
    appliesTo: (profile) => profile.purpose.leaf === 'not-checked' &&
        profile.purpose.issuer === 'not-checked' &&
        !profile.purpose.sslClient &&
        !profile.purpose.nestedExtendedKeyUsage
        ? undefined
        : { evidence: profile.purpose.evidence },
    consequence: (profile) => `The client gets ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .refusal */ .x5)(profile, 'purpose')}.`,
    *check(context) {
        const rule = context.profile.purpose.leaf;
        yield* (0,_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .eachCertificate */ .vu)(context, ({ certificate, role, at }) => {
            if (role !== 'client')
                return undefined;
            const refused = (0,_profiles_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .judgePurpose */ .GL)(rule, certificate);
            if (!refused)
                return undefined;
            return at(`The client certificate ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .nameOf */ .Vb)(certificate)} has ${usages(certificate)}${refused === 'missing-extension' ? ', and the gateway requires extendedKeyUsage with clientAuth' : ' without clientAuth'}: ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .refusal */ .x5)(context.profile, 'purpose')}.`);
        }, ['client']);
    },
};
const explainClientAuthNotPermitted = {
    rule: clientAuthNotPermitted,
    describe(problem, chain, context) {
        if (problem.kind === 'purpose') {
            const whose = problem.certificate === chain.leaf.certificate ? 'it' : `${(0,_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .nameOf */ .Vb)(problem.certificate)} on its chain`;
            const why = {
                'extended-key-usage': `has ${usages(problem.certificate)} without clientAuth`,
                'key-usage': 'has a keyUsage that allows neither digitalSignature nor keyAgreement',
                'netscape-type': 'has a Netscape certificate type that excludes TLS clients',
            }[problem.why];
            return `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .leafClause */ .mc)(chain)} would be refused, ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .refusal */ .x5)(context.profile, 'purpose', chain)}: ${whose} ${why}.`;
        }
        const whose = problem.role === 'leaf'
            ? 'it'
            : `its issuing CA ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .nameOf */ .Vb)(problem.certificate)}, which ${context.profile.wording.gateway} also checks,`;
        return `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .leafClause */ .mc)(chain)} would be refused, ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .refusal */ .x5)(context.profile, 'purpose', chain)}: ${whose} has ${usages(problem.certificate)} without clientAuth.`;
    },
};


/***/ }),

/***/ 8055:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ explainClientCertificateIsCa),
/* harmony export */   x: () => (/* binding */ clientCertificateIsCa)
/* harmony export */ });
/* harmony import */ var _inventory_client_file_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(228);
/* harmony import */ var _profiles_profile_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4713);
/* harmony import */ var _chain_rule_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4613);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(281);




const MINTS_CLIENTS = 'whoever holds its key can also issue certificates under it, and the gateway would accept those clients too';
const clientCertificateIsCa = {
    id: 'client-certificate-is-ca',
    defaultSeverity: 'error',
    title: 'Client certificate is a CA certificate',
    description: "The certificate a client presents (the first of its file) has basicConstraints cA=TRUE. Google Cloud refuses such a client; OpenSSL-based gateways judge it as any client's (when its keyUsage allows the TLS-client purpose). Either way a client holding a CA key can mint further clients that chain to it.",
    remedy: 'Issue the client an end-entity certificate (basicConstraints cA=FALSE, extendedKeyUsage clientAuth) and keep CA keys off clients. Check with `openssl x509 -noout -ext basicConstraints -in FILE`.',
    appliesTo: (profile) => ({ evidence: profile.clientCa.evidence }),
    consequence: (profile) => profile.clientCa.verdict === 'refused'
        ? `The client gets ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .refusal */ .x5)(profile, 'invalid')}.`
        : `${profile.wording.gateway} judges it as any client certificate; ${MINTS_CLIENTS}.`,
    /** Where the gateway judges a CA client as any other, the risk is still worth a warning. */
    *check(context) {
        const { profile } = context;
        if (profile.clientCa.verdict !== 'judged')
            return;
        for (const file of context.inventory.files) {
            if (file.role !== 'client')
                continue;
            const { leaf, ownAfterCa } = (0,_inventory_client_file_js__WEBPACK_IMPORTED_MODULE_0__/* .readClientFile */ .CQ)(file);
            // A self-signed client is its own anchor, the case gateways document; a CA written before the client's own
            // certificate is client-not-end-entity's.
            if (!leaf || ownAfterCa || leaf.certificate.selfSigned || leaf.certificate.basicConstraints?.ca !== true)
                continue;
            try {
                const { evidence } = profile.clientCa;
                const sure = evidence.confidence === 'unconfirmed'
                    ? ` (${_profiles_profile_js__WEBPACK_IMPORTED_MODULE_1__/* .CONFIDENCE_WORDS */ .n.unconfirmed} for ${profile.wording.gateway})`
                    : '';
                const draft = {
                    message: `The client certificate ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .nameOf */ .Vb)(leaf.certificate)} is a CA certificate (basicConstraints cA=TRUE). ${profile.wording.gateway} judges it as any client certificate${sure}, but ${MINTS_CLIENTS}. Issue the client an end-entity certificate.`,
                    file: file.path,
                    line: leaf.line,
                    endLine: leaf.endLine,
                    certificate: leaf.certificate,
                    atMost: 'warning',
                };
                yield draft;
            }
            catch (error) {
                yield (0,_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .internalError */ .WB)(file.path, leaf.line, leaf.endLine, `checking ${leaf.certificate.subject.text}`, error);
            }
        }
    },
};
const explainClientCertificateIsCa = {
    rule: clientCertificateIsCa,
    describe(problem, chain, context) {
        return `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .leafClause */ .mc)(chain)} is a CA certificate (basicConstraints cA=TRUE), and ${context.profile.wording.gateway} refuses a CA as a client's certificate: ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .refusal */ .x5)(context.profile, 'invalid', chain)}. Issue the client an end-entity certificate.`;
    },
};


/***/ }),

/***/ 4026:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ explainClientCertificateRevoked),
/* harmony export */   r: () => (/* binding */ clientCertificateRevoked)
/* harmony export */ });
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9834);
/* harmony import */ var _chain_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4613);
/* harmony import */ var _crl_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(168);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(281);




const clientCertificateRevoked = {
    id: 'client-certificate-revoked',
    defaultSeverity: 'error',
    title: 'Certificate revoked by a CRL the gateway is given',
    description: "A client certificate in the repository, or a CA on its chain, is listed by its issuer's CRL among the CRLs the gateway is given (removeFromCRL entries excepted). The gateway refuses the client (Application Load Balancer logs ClientCertCrlHit). If the revocation is intended, retire the client's file or suppress the finding with a reason.",
    remedy: 'Issue the client a new certificate (a new serial number), or remove the revoked client certificate from the repository. Confirm with the `openssl verify -crl_check_all -CRLfile ...` command given with the finding.',
    appliesTo: (profile) => (profile.revocation ? { evidence: profile.revocation.evidence.revoked } : undefined),
    consequence: (profile) => `The client gets ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(profile, 'revoked')}.`,
};
const explainClientCertificateRevoked = {
    rule: clientCertificateRevoked,
    describe(problem, chain, context) {
        const { revocation } = problem;
        const why = `revoked on ${(0,_time_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDate */ .Y)(revocation.date)}${revocation.reason ? ` (${revocation.reason})` : ''} by ${(0,_crl_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCrl */ .Rt)(problem.given)}`;
        return problem.certificate === chain.leaf.certificate
            ? `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .leafClause */ .mc)(chain)} is ${why}: ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(context.profile, 'revoked', chain)}.`
            : `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .leafClause */ .mc)(chain)} would be refused, ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(context.profile, 'revoked', chain)}: its chain (${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .describePath */ .NH)(chain.built.chain)}) goes through ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(problem.certificate)}, ${why}.`;
    },
};


/***/ }),

/***/ 7547:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ clientNotEndEntity),
/* harmony export */   I: () => (/* binding */ explainClientNotEndEntity)
/* harmony export */ });
/* harmony import */ var _findings_fix_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7625);
/* harmony import */ var _inventory_client_file_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(228);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(281);



/**
 * The client's block first, then the CAs that preceded it, nearest first (a
 * chain written root first is reversed), when nothing else sits among them.
 */
function clientFirst(file, own, leadingCas) {
    const first = leadingCas[0];
    const among = file.objects.filter((object) => object.line >= first.line && object.line <= own.line);
    if (among.length !== leadingCas.length + 1 ||
        among.some((object) => object.kind !== 'certificate' || object.encoding !== 'pem'))
        return undefined;
    return {
        file: file.path,
        line: first.line,
        endLine: own.endLine,
        description: "Put the client's certificate first.",
        // Written from DER: the blocks' own lines could read differently once moved.
        replacement: [own, ...[...leadingCas].reverse()].map((object) => (0,_findings_fix_js__WEBPACK_IMPORTED_MODULE_0__/* .certificateBlock */ .Nk)(object.certificate.der)),
    };
}
const clientNotEndEntity = {
    id: 'client-not-end-entity',
    defaultSeverity: 'error',
    title: 'Client file does not start with the client certificate',
    description: "A TLS client presents the first certificate of its file as its own, and proves it holds that certificate's key. Here the file starts with a CA (basicConstraints cA=TRUE) and the client's own certificate comes later: a full chain written in the wrong order. The client's key belongs to the later certificate, so the handshake cannot succeed.",
    remedy: "Write the client's own certificate first, then the intermediates it sends (`cat client.pem intermediate.pem > client-chain.pem`). Check the order with `openssl crl2pkcs7 -nocrl -certfile FILE | openssl pkcs7 -print_certs -noout`.",
    // RFC 8446 §4.4.2 (and RFC 5246 §7.4.2): the sender's certificate comes first. No gateway can do otherwise.
    appliesTo: () => ({}),
    consequence: (profile) => `The client presents a CA certificate as its own and cannot prove it holds that CA's key: the handshake fails before ${profile.wording.gateway} accepts it.`,
};
const explainClientNotEndEntity = {
    rule: clientNotEndEntity,
    describe(problem, chain, context) {
        const own = (0,_inventory_client_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readClientFile */ .CQ)(chain.file).ownAfterCa;
        const where = own ? ` on line ${own.line}` : '';
        return `The file starts with ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(problem.certificate)}, a CA; the client's own certificate, ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(problem.own)}, comes after it${where}. A TLS client presents the first certificate as its own and must prove it holds that certificate's key, which it does not: the handshake fails before ${context.profile.wording.gateway} accepts it, and the client is refused. Put the client certificate first.`;
    },
    fix(_problem, chain) {
        const { ownAfterCa, leadingCas } = (0,_inventory_client_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readClientFile */ .CQ)(chain.file);
        return ownAfterCa ? clientFirst(chain.file, ownAfterCa, leadingCas) : undefined;
    },
};


/***/ }),

/***/ 1:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ deferredPolicyDraft),
/* harmony export */   w: () => (/* binding */ configurationChangeDeferred)
/* harmony export */ });
/** Not a check of certificates: on a pull request, what its edit of the configuration would change after merge. */
const configurationChangeDeferred = {
    id: 'configuration-change-deferred',
    defaultSeverity: 'notice',
    title: 'Configuration change that applies after merge',
    description: "On a pull request the check follows the configuration at the base commit and the workflow's inputs (with no configuration file at the base, the inputs and defaults), so a pull request cannot choose its profile, define or extend one, switch rules off, add suppressions, raise limits or point the check at other files for itself. Stricter changes in its own `.truststore-check.yml` (a severity raised, a limit lowered, a suppression removed) apply at once; the rest are listed here and apply once merged.",
    remedy: 'Nothing to fix: review the configuration change like any policy change. If it should apply to this pull request, merge it first in a pull request of its own.',
    appliesTo: () => ({}),
    consequence: () => 'None until merged; after that, the changed configuration governs every check.',
};
/** The notice for a pull request's deferred configuration change. */
function deferredPolicyDraft(deferred) {
    return {
        message: `This pull request changes the configuration; the check used the base commit's, so these wait for the merge: ${deferred.changes.join(', ')}. Only stricter severities, lower limits, removed suppressions, a stricter fail-on and a longer expiry warning apply at once.`,
        file: deferred.file,
        line: 1,
        endLine: 1,
    };
}


/***/ }),

/***/ 7173:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ explainCrlExpired),
/* harmony export */   Z: () => (/* binding */ crlExpired)
/* harmony export */ });
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9834);
/* harmony import */ var _chain_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4613);
/* harmony import */ var _crl_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(168);



const crlExpired = {
    id: 'crl-expired',
    defaultSeverity: 'error',
    title: 'CRL past its nextUpdate, or not yet valid',
    description: 'The check time is at or after the CRL\'s nextUpdate (or before its thisUpdate). A gateway given a static CRL file never fetches a newer one; OpenSSL refuses every certificate that CRL would vouch for ("CRL has expired"), so clients under that CA fail.',
    remedy: 'Publish a fresh CRL from the CA (`openssl ca -gencrl ...`) and replace the file; schedule it before nextUpdate. Confirm with `openssl crl -in FILE -noout -nextupdate`.',
    appliesTo: (profile) => (profile.revocation ? { evidence: profile.revocation.evidence.validity } : undefined),
    consequence: (profile) => `Clients whose certificates the CRL covers get ${(0,_crl_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .revocationRefusal */ .dL)(profile, 'crl-expired')} until a current CRL replaces it.`,
    *check(context) {
        const now = context.at.getTime();
        yield* (0,_crl_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .eachCrl */ .ve)(context, (given, at) => {
            const { crl } = given;
            if (crl.thisUpdate.getTime() > now)
                return at(`${(0,_crl_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCrl */ .Rt)(given, true)} is not valid until ${(0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDate */ .Y)(crl.thisUpdate)} (its thisUpdate): until then ${context.profile.wording.gateway} refuses the certificates it covers, ${(0,_crl_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .revocationRefusal */ .dL)(context.profile, 'crl-expired')}.`);
            if (crl.nextUpdate && crl.nextUpdate.getTime() <= now)
                return at(`${(0,_crl_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCrl */ .Rt)(given, true)} expired on ${(0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDate */ .Y)(crl.nextUpdate)} (its nextUpdate); nothing refreshes a CRL file, and the certificates it covers get ${(0,_crl_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .revocationRefusal */ .dL)(context.profile, 'crl-expired')}.`);
            return undefined;
        });
    },
};
const explainCrlExpired = {
    rule: crlExpired,
    describe(problem, chain, context) {
        const what = (0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .chainMember */ .k5)(problem.certificate, chain);
        const state = problem.kind === 'crl-expired'
            ? `expired on ${(0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDate */ .Y)(problem.given.crl.nextUpdate ?? problem.given.crl.thisUpdate)}`
            : `is not valid until ${(0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDate */ .Y)(problem.given.crl.thisUpdate)}`;
        return `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .leafClause */ .mc)(chain)} would be refused, ${(0,_crl_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .revocationRefusal */ .dL)(context.profile, 'crl-expired', chain)}: ${(0,_crl_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCrl */ .Rt)(problem.given)}, which covers ${what}, ${state}.`;
    },
};


/***/ }),

/***/ 9941:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ explainCrlIssuerNotInTruststore),
/* harmony export */   Q: () => (/* binding */ crlIssuerNotInTruststore)
/* harmony export */ });
/* harmony import */ var _x509_certificate_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9893);
/* harmony import */ var _chain_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4613);
/* harmony import */ var _crl_rule_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(168);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(281);




/** Why no truststore CA can have issued the CRL, or undefined when one did. */
function whyNoIssuer(given, context) {
    const { crl } = given;
    const named = [];
    for (const truststore of context.chains.truststores)
        named.push(...truststore.withSubject(crl.issuer.key));
    const candidates = named.filter((certificate) => (0,_x509_certificate_js__WEBPACK_IMPORTED_MODULE_0__/* .authorityKeyMatches */ .QS)(crl, certificate));
    if (candidates.length === 0) {
        return named.length === 0
            ? 'no CA of the truststore has that name'
            : `the truststore CA${named.length === 1 ? '' : 's'} with that name ${named.length === 1 ? 'has' : 'have'} another key identifier than the CRL names (another CA, or one re-keyed)`;
    }
    if (candidates.some((certificate) => context.chains.signatures.verifies(crl, certificate))) {
        const signer = candidates.find((certificate) => context.chains.signatures.verifies(crl, certificate));
        if (signer.keyUsage && !signer.keyUsage.includes('cRLSign'))
            return `${(0,_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .nameOf */ .Vb)(signer)} signed it, but its keyUsage does not allow cRLSign`;
        return undefined;
    }
    return `its signature does not verify with the key of ${candidates.map(_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .nameOf */ .Vb).join(' or ')} (another CA of the same name, a re-keyed CA, or an altered file)`;
}
const crlIssuerNotInTruststore = {
    id: 'crl-issuer-not-in-truststore',
    defaultSeverity: 'error',
    title: 'CRL not signed by a CA of the truststore',
    description: "No truststore CA has the CRL's issuer name and a key that verifies its signature, with cRLSign in its keyUsage where it has one. The gateway cannot use such a CRL: what it lists is not revoked, and where the gateway needs a CRL from every CA on a chain, clients of that CA fail.",
    remedy: "Use the CRL published by the CA that is in the truststore (the same name and key), signed by a certificate allowed to sign CRLs. Compare `openssl crl -in FILE -noout -issuer` with the truststore's subjects and check with `openssl crl -in FILE -CAfile truststore.pem -noout`.",
    appliesTo: (profile) => (profile.revocation ? { evidence: profile.revocation.evidence.issuer } : undefined),
    consequence: (profile) => `The CRL revokes nothing; where ${profile.wording.gateway} needs it, clients of that CA get ${(0,_crl_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .revocationRefusal */ .dL)(profile, 'crl-signature')}.`,
    *check(context) {
        if (context.chains.truststores.length === 0)
            return;
        yield* (0,_crl_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .eachCrl */ .ve)(context, (given, at) => {
            const why = whyNoIssuer(given, context);
            return why
                ? at(`${(0,_crl_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .describeCrl */ .Rt)(given, true)} is not from a CA of the truststore: ${why}. ${context.profile.wording.gateway} cannot use it, so the certificates it lists are not revoked.`)
                : undefined;
        });
    },
};
const explainCrlIssuerNotInTruststore = {
    rule: crlIssuerNotInTruststore,
    describe(problem, chain, context) {
        const why = problem.kind === 'crl-signature'
            ? `its signature does not verify with the key of ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .nameOf */ .Vb)(problem.issuer)}`
            : `${(0,_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .nameOf */ .Vb)(problem.issuer)} may not sign CRLs (its keyUsage lacks cRLSign)`;
        return `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .leafClause */ .mc)(chain)} would be refused, ${(0,_crl_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .revocationRefusal */ .dL)(context.profile, 'crl-signature', chain)}: ${(0,_crl_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .describeCrl */ .Rt)(problem.given)} is the CRL ${context.profile.wording.gateway} picks for ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .nameOf */ .Vb)(problem.certificate)}, and ${why}.`;
    },
};


/***/ }),

/***/ 4611:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ explainCrlMissingForCa),
/* harmony export */   t: () => (/* binding */ crlMissingForCa)
/* harmony export */ });
/* harmony import */ var _chain_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4613);
/* harmony import */ var _crl_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(168);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(281);
/* harmony import */ var _text_shorten_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6942);




/** The CA whose CRL is missing: the issuer on the chain, else the name the certificate gives. */
function missingFrom(certificate, issuer) {
    return issuer ? (0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(issuer) : (0,_text_shorten_js__WEBPACK_IMPORTED_MODULE_3__/* .shorten */ .m)(certificate.issuer.text);
}
const crlMissingForCa = {
    id: 'crl-missing-for-ca',
    defaultSeverity: 'error',
    title: 'No CRL from a CA on a client chain',
    description: "Once a gateway that uses OpenSSL's full revocation check (NGINX `ssl_crl`, Envoy `crl`) is given any CRL, it needs a current CRL from the issuer of every certificate on a client's chain, the root's own included; a chain through a CA with none fails for every client, revoked or not (\"unable to get certificate CRL\").",
    remedy: 'Add the CRL of each CA on the chain to the CRL files (root included), or, on Envoy, set `only_verify_leaf_cert_crl: true` to check only the client certificates. Confirm with the `openssl verify -crl_check_all` command given with the finding.',
    appliesTo: (profile) => profile.revocation?.missingCrl === 'refuses' ? { evidence: profile.revocation.evidence.missing } : undefined,
    consequence: (profile) => `Every client whose chain goes through a CA without a CRL gets ${(0,_crl_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .revocationRefusal */ .dL)(profile)}, revoked or not.`,
    *check(context) {
        // One finding on each truststore CA whose missing CRL fails clients; each client's own verdict names it too.
        const reported = new Set();
        for (const chain of context.chains.clients) {
            for (const problem of chain.problems) {
                if (problem.kind !== 'crl-missing' || !problem.issuer || reported.has(problem.issuer))
                    continue;
                const located = chain.truststore.locate(problem.issuer);
                if (!located)
                    continue;
                reported.add(problem.issuer);
                const setting = context.profile.revocation?.setting ?? 'CRLs';
                const finding = {
                    message: `No CRL from ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(problem.issuer)} is among the CRLs given (${setting}), and ${context.profile.wording.gateway} checks a CRL from the issuer of every certificate on a client's chain: clients whose chain goes through it, such as ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(chain.leaf.certificate)} (${chain.file.path}), get ${(0,_crl_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .revocationRefusal */ .dL)(context.profile)}.`,
                    file: located.file.path,
                    line: located.object.line,
                    endLine: located.object.endLine,
                    certificate: problem.issuer,
                };
                yield finding;
            }
        }
    },
};
const explainCrlMissingForCa = {
    rule: crlMissingForCa,
    describe(problem, chain, context) {
        const from = missingFrom(problem.certificate, problem.issuer);
        const what = problem.certificate === chain.leaf.certificate ? 'its own certificate' : (0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(problem.certificate);
        const near = problem.near ? ` (the one from that issuer does not apply to ${what})` : '';
        return `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .leafClause */ .mc)(chain)} would be refused, ${(0,_crl_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .revocationRefusal */ .dL)(context.profile, 'crl', chain)}: ${context.profile.wording.gateway} needs a CRL from ${from} to check ${what} on its chain (${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .describePath */ .NH)(chain.built.chain)}), and none is given${near}.`;
    },
};


/***/ }),

/***/ 3053:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ crlUnusable),
/* harmony export */   _: () => (/* binding */ explainCrlUnusable)
/* harmony export */ });
/* harmony import */ var _chain_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4613);
/* harmony import */ var _crl_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(168);


/** Why OpenSSL never applies the CRL to any certificate, or undefined when it may. */
function whyNotApplied(crl) {
    const point = crl.issuingDistributionPoint;
    if (crl.unhandledCriticalExtension)
        return `it has a critical extension OpenSSL does not process (${crl.unhandledCriticalExtension}), so OpenSSL refuses to apply it ("unhandled critical CRL extension")`;
    if (crl.isDelta)
        return 'it is a delta CRL, which OpenSSL does not apply on its own';
    if (point?.invalid)
        return 'its issuingDistributionPoint limits it to more than one kind of certificate, which OpenSSL cannot use';
    if (point?.needsExtendedSupport)
        return 'its issuingDistributionPoint makes it indirect or limits it to some reasons, which OpenSSL applies only with extended CRL support that servers do not enable';
    return undefined;
}
const crlUnusable = {
    id: 'crl-unusable',
    defaultSeverity: 'error',
    title: 'CRL OpenSSL will not apply',
    description: 'A CRL that OpenSSL refuses to apply: a critical extension it does not process (the CRL number included), a delta CRL, an issuingDistributionPoint that is indirect, limited to some reasons or self-contradictory, or one whose scope (user or CA certificates only, a distribution point name) does not cover a certificate it is picked for ("Different CRL scope").',
    remedy: 'Have the CA publish a full, direct CRL without critical extensions other than issuingDistributionPoint, and make its issuingDistributionPoint match the cRLDistributionPoints of the certificates it covers. Inspect it with `openssl crl -in FILE -noout -text`.',
    appliesTo: (profile) => (profile.revocation ? { evidence: profile.revocation.evidence.issuer } : undefined),
    consequence: (profile) => `The CRL revokes nothing; where ${profile.wording.gateway} needs it, clients of that CA get ${(0,_crl_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .revocationRefusal */ .dL)(profile)}.`,
    *check(context) {
        yield* (0,_crl_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .eachCrl */ .ve)(context, (given, at) => {
            const why = whyNotApplied(given.crl);
            if (why)
                return at(`${(0,_crl_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCrl */ .Rt)(given, true)} is not applied: ${why}.`);
            const { crl } = given;
            if (crl.undecodableExtensions.length > 0)
                return {
                    ...at(`${(0,_crl_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCrl */ .Rt)(given, true)} has extensions that cannot be decoded (${crl.undecodableExtensions.join(', ')}); OpenSSL reads the CRL as if they were absent.`),
                    atMost: 'warning',
                };
            return undefined;
        });
    },
};
const explainCrlUnusable = {
    rule: crlUnusable,
    describe(problem, chain, context) {
        const what = (0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .chainMember */ .k5)(problem.certificate, chain);
        const why = problem.kind === 'crl-scope'
            ? `does not cover ${what} (its issuingDistributionPoint is limited to other certificates or names another distribution point: "Different CRL scope")`
            : 'has a critical extension OpenSSL does not process ("unhandled critical CRL extension")';
        return `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .leafClause */ .mc)(chain)} would be refused, ${(0,_crl_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .revocationRefusal */ .dL)(context.profile, 'crl', chain)}: ${(0,_crl_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCrl */ .Rt)(problem.given)}, the CRL for ${what}, ${why}.`;
    },
};


/***/ }),

/***/ 1716:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ explainIncompleteChain),
/* harmony export */   W: () => (/* binding */ incompleteChain)
/* harmony export */ });
/* harmony import */ var _x509_certificate_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9893);
/* harmony import */ var _chain_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4613);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(281);



const incompleteChain = {
    id: 'incomplete-chain',
    defaultSeverity: 'error',
    title: 'Truststore certificate whose issuer is missing',
    description: 'A truststore certificate is not self-signed, and its issuer is not in the same bundle (or is there with a key that does not verify its signature). Chains must end at a root in the truststore, so clients under this CA are refused.',
    remedy: 'Append the issuing CA (and its issuers, up to the root) to the truststore: `cat intermediate.pem root.pem > truststore.pem`.',
    // Where partial chains are accepted, an intermediate alone can anchor a chain.
    appliesTo: (profile) => profile.chain.partialChain
        ? undefined
        : { evidence: profile.chain.evidence.anchor, phase: profile.bundle.badCertificate.phase },
    consequence: (profile) => `${profile.bundle.badCertificate.phase === 'upload' ? `${profile.wording.uploadRefusal}; clients` : 'Clients'} issued under this CA get ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(profile, 'untrusted')}.`,
    *check(context) {
        for (const gap of context.chains.gaps) {
            const { file, object } = gap;
            try {
                const candidate = gap.sameNameCandidate
                    ? ` A certificate with that name is present (SHA-256 ${(0,_x509_certificate_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFingerprint */ .uV)(gap.sameNameCandidate.sha256)}) but its key does not verify the signature.`
                    : (0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRejected */ .uh)(gap.rejected);
                yield {
                    message: `The truststore certificate ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(object.certificate)} is not self-signed and its issuer, ${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .issuerOf */ .xD)(object.certificate)}, is not in the truststore.${candidate} Add the issuer, up to the root CA.`,
                    file: file.path,
                    line: object.line,
                    endLine: object.endLine,
                    certificate: object.certificate,
                };
            }
            catch (error) {
                yield (0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .internalError */ .WB)(file.path, object.line, object.endLine, 'describing a truststore gap', error);
            }
        }
    },
};
const explainIncompleteChain = {
    rule: incompleteChain,
    describe(problem, chain, context) {
        return `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .leafClause */ .mc)(chain)} would be refused, ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(context.profile, 'untrusted', chain)}: its chain (${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .describePath */ .NH)(chain.built.chain)}) reaches ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(problem.certificate)} in the truststore, but not a root: its issuer, ${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .issuerOf */ .xD)(problem.certificate)}, is not in ${chain.truststore.name}.${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRejected */ .uh)(problem.rejected)} Add the issuer, up to the root CA.`;
    },
};


/***/ }),

/***/ 8841:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ insecureSignatureAlgorithm),
/* harmony export */   z: () => (/* binding */ explainInsecureSignatureAlgorithm)
/* harmony export */ });
/* harmony import */ var _profiles_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6546);
/* harmony import */ var _chain_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4613);
/* harmony import */ var _inventory_client_file_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(228);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(281);




function weakness(certificate, refused) {
    const algorithm = certificate.signatureAlgorithm.name;
    switch (refused.kind) {
        case 'weak-hash':
            return `${algorithm}, whose hash (${refused.hash}) the gateway does not accept`;
        case 'security-bits':
            return `${algorithm}, which OpenSSL rates at ${refused.bits < 0 ? 'no' : refused.bits} security bits, below the ${refused.minimum} the gateway's OpenSSL security level requires`;
        case 'algorithm':
            return `${algorithm}, an algorithm the gateway does not accept`;
    }
}
const insecureSignatureAlgorithm = {
    id: 'insecure-signature-algorithm',
    defaultSeverity: 'error',
    title: 'Signature algorithm the gateway does not accept',
    description: "The certificate is signed with a hash the gateway refuses (for API Gateway anything weaker than SHA-256: MD2, MD4, MD5, SHA-1, SHA-224, also ecdsa-with-SHA1 and RSASSA-PSS with a weak hash), or with an algorithm outside its list. A root's own self-signature is never checked, so it refuses no client.",
    remedy: 'Re-issue the certificate signed with SHA-256 or stronger (e.g. `openssl x509 -req -sha256 ...`). Confirm with `openssl x509 -noout -text -in FILE | grep "Signature Algorithm"`.',
    appliesTo: (profile) => ({ evidence: profile.signatures.evidence, phase: profile.bundle.badCertificate.phase }),
    consequence: (profile) => `Clients get ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(profile, 'insecure-signature')}; in the truststore: ${profile.bundle.badCertificate.phase === 'upload' ? profile.wording.uploadRefusal : profile.wording.uploadWarning}.`,
    *check(context) {
        const { profile } = context;
        yield* (0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .eachCertificate */ .vu)(context, ({ certificate, role, at }) => {
            const refused = (0,_profiles_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .judgeSignature */ .ub)(profile.signatures, certificate);
            if (!refused)
                return undefined;
            const found = `The ${_inventory_client_file_js__WEBPACK_IMPORTED_MODULE_1__/* .ROLE_WORDS */ .J$[role]} ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(certificate)} is signed with ${weakness(certificate, refused)}.`;
            if (role === 'truststore' && certificate.selfSigned) {
                // Nobody checks a root's own signature: it matters only to a gateway that refuses such a bundle.
                const uploadRefused = profile.bundle.badCertificate.phase === 'upload';
                return {
                    ...at(`${found} Its own signature is never checked, so no client is refused for it; ${uploadRefused ? `but ${profile.wording.uploadRefusal}` : profile.wording.uploadWarning}.`),
                    ...(uploadRefused ? {} : { atMost: 'warning' }),
                };
            }
            const finding = at(`${found} ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .certificateConsequence */ .l4)(profile, role, 'insecure-signature')}`);
            return role === 'sent' ? { ...finding, atMost: 'notice' } : finding;
        });
    },
};
const explainInsecureSignatureAlgorithm = {
    rule: insecureSignatureAlgorithm,
    describe(problem, chain, context) {
        const why = weakness(problem.certificate, problem.refusal);
        return problem.certificate === chain.leaf.certificate
            ? `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .leafClause */ .mc)(chain)} is signed with ${why}: ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(context.profile, 'insecure-signature', chain)}.`
            : `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .leafClause */ .mc)(chain)} would be refused, ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(context.profile, 'insecure-signature', chain)}: its chain (${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .describePath */ .NH)(chain.built.chain)}) goes through ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(problem.certificate)}, signed with ${why}.`;
    },
};


/***/ }),

/***/ 7883:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ invalidCertificateExtension),
/* harmony export */   V: () => (/* binding */ explainInvalidCertificateExtension)
/* harmony export */ });
/* harmony import */ var _inventory_client_file_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(228);
/* harmony import */ var _chain_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4613);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(281);



const invalidCertificateExtension = {
    id: 'invalid-certificate-extension',
    defaultSeverity: 'error',
    title: 'Certificate OpenSSL marks invalid',
    description: 'The certificate parses, but an extension makes OpenSSL mark it invalid: a keyUsage with no usage set, a negative pathLenConstraint, a proxy certificate, an extension it cannot decode. Such a certificate issues nothing and is issued by nothing, so every chain through it fails with "unable to get local issuer certificate".',
    remedy: 'Re-issue the certificate with well-formed extensions. Inspect them with `openssl x509 -noout -text -in FILE`.',
    // OpenSSL's marking: Go's verifier reads these certificates (an empty keyUsage as none, a negative pathLen as no limit).
    appliesTo: (profile) => profile.chain.verifier === 'go'
        ? undefined
        : { evidence: profile.validation, phase: profile.bundle.badCertificate.phase },
    consequence: (profile) => `Clients whose chain needs the certificate get ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(profile, 'untrusted')}.`,
    *check(context) {
        const { profile } = context;
        yield* (0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .eachCertificate */ .vu)(context, ({ certificate, role, at }) => {
            if (certificate.invalid === undefined)
                return undefined;
            const finding = at(`The ${_inventory_client_file_js__WEBPACK_IMPORTED_MODULE_0__/* .ROLE_WORDS */ .J$[role]} ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(certificate)} is unusable: OpenSSL marks it invalid because ${certificate.invalid}. ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .certificateConsequence */ .l4)(profile, role, 'untrusted', 'clients whose chain needs it')}`);
            return role === 'sent' ? { ...finding, atMost: 'notice' } : finding;
        });
    },
};
const explainInvalidCertificateExtension = {
    rule: invalidCertificateExtension,
    describe(problem, chain, context) {
        return `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .leafClause */ .mc)(chain)} would be refused, ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(context.profile, 'untrusted', chain)}: ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(problem.certificate)} on its chain is marked invalid by OpenSSL because ${problem.certificate.invalid}.`;
    },
};


/***/ }),

/***/ 4560:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ explainIssuerNotCa),
/* harmony export */   z: () => (/* binding */ issuerNotCa)
/* harmony export */ });
/* harmony import */ var _chain_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4613);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(281);


const WHY = {
    'not-ca': 'it is not a CA (basicConstraints cA is not TRUE)',
    'no-key-cert-sign': 'its keyUsage does not include keyCertSign',
    'without-basic-constraints': 'it has no basicConstraints extension; OpenSSL accepts a CA without one (by its keyUsage, or a v1 root) only at the top of a chain, never as an intermediate',
};
const issuerNotCa = {
    id: 'issuer-not-ca',
    defaultSeverity: 'error',
    title: 'Chain goes through a certificate that may not sign certificates',
    description: 'A certificate above the client on its chain lacks basicConstraints cA=TRUE, has a keyUsage without keyCertSign, or is an intermediate without a basicConstraints extension at all. OpenSSL refuses such a chain ("invalid CA certificate").',
    remedy: 'Issue the intermediate as a CA (`basicConstraints=critical,CA:TRUE`, `keyUsage=keyCertSign,cRLSign`). Inspect with `openssl x509 -noout -ext basicConstraints,keyUsage -in CA.pem`.',
    appliesTo: (profile) => ({ evidence: profile.validation }),
    consequence: (profile) => `The client gets ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .refusal */ .x5)(profile, 'invalid')}: the chain is broken at that issuer.`,
};
const explainIssuerNotCa = {
    rule: issuerNotCa,
    describe(problem, chain, context) {
        return `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .leafClause */ .mc)(chain)} would be refused, ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .refusal */ .x5)(context.profile, 'invalid', chain)}: ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .nameOf */ .Vb)(problem.issuer)} on its chain may not sign certificates, because ${WHY[problem.why]}.`;
    },
};


/***/ }),

/***/ 790:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GM: () => (/* binding */ explainIssuerNotFound),
/* harmony export */   RM: () => (/* binding */ issuerNotFound),
/* harmony export */   Wm: () => (/* binding */ explainNoTruststore)
/* harmony export */ });
/* harmony import */ var _findings_fix_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7625);
/* harmony import */ var _inventory_client_file_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(228);
/* harmony import */ var _chain_rule_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4613);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(281);




const issuerNotFound = {
    id: 'issuer-not-found',
    defaultSeverity: 'error',
    title: 'Issuer of a client certificate not found',
    description: 'Chain building from the client certificate stops at a certificate whose issuer the gateway cannot find: not in the truststore, and not among the certificates the client sends where the gateway uses those. API Gateway takes issuers only from the truststore: an intermediate the client sends does not complete its chain, and the finding names the CA to add.',
    remedy: "Add the missing CA certificate (and its issuers, up to the root) to the truststore; where the gateway takes issuers only from the truststore, sending it with the client certificate does not help. The `openssl verify` command given with the finding shows the gateway's view.",
    // A gateway that uses the client's intermediates is the most lenient model: a client it refuses is refused under
    // either, so only the stricter model needs its own evidence.
    appliesTo: (profile) => ({
        evidence: profile.chain.issuers === 'truststore-and-client' ? profile.validation : profile.chain.evidence.issuers,
    }),
    consequence: (profile) => `The client gets ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .refusal */ .x5)(profile, 'untrusted')}.`,
};
const explainIssuerNotFound = {
    rule: issuerNotFound,
    describe(problem, chain, context) {
        const { profile } = context;
        const refused = `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .leafClause */ .mc)(chain)} would be refused, ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .refusal */ .x5)(profile, 'untrusted', chain)}`;
        const missing = chain.missingFromTruststore;
        if (missing.length > 0) {
            const sent = (0,_inventory_client_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readClientFile */ .CQ)(chain.file).sent;
            const names = missing.map((certificate) => {
                const line = sent.find((object) => object.certificate === certificate)?.line;
                return `${(0,_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .nameOf */ .Vb)(certificate)}${line ? ` (line ${line} of the client's file)` : ''}`;
            });
            return (`${refused}: ${profile.wording.gateway} takes issuers only from the truststore, and the client's chain needs ${names.join(', then ')}, which the client sends but ${chain.truststore.name} does not hold. ` +
                `Add ${missing.length === 1 ? 'it' : 'them'} to the truststore; sending ${missing.length === 1 ? 'it' : 'them'} from the client does not help.`);
        }
        const stuck = problem.certificate === chain.leaf.certificate
            ? 'its issuer'
            : `the issuer of ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .nameOf */ .Vb)(problem.certificate)} on its chain`;
        const where = profile.chain.issuers === 'truststore'
            ? `${chain.truststore.name} does not hold`
            : `neither ${chain.truststore.name} nor the client's file holds`;
        const fix = profile.chain.issuers === 'truststore'
            ? 'Add that CA certificate to the truststore (sending it from the client would not help).'
            : 'Add that CA certificate to the truststore, or have the client send it.';
        return `${refused}: ${where} ${stuck}, ${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .issuerOf */ .xD)(problem.certificate)}.${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRejected */ .uh)(problem.rejected)} ${fix}`;
    },
    fix(_problem, chain) {
        // The CAs the client sends that the truststore lacks, written from their DER after the truststore's last block.
        const missing = chain.missingFromTruststore;
        if (missing.length === 0)
            return undefined;
        const last = chain.truststore.objects.at(-1);
        if (!last || last.object.encoding !== 'pem')
            return undefined;
        const end = { file: last.file.path, line: last.object.endLine, endLine: last.object.endLine };
        return {
            ...end,
            description: `Add ${missing.map(_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .nameOf */ .Vb).join(', then ')} to the truststore (the certificate${missing.length === 1 ? '' : 's'} ${chain.file.path} sends).`,
            replacement: [end, ...missing.map((certificate) => (0,_findings_fix_js__WEBPACK_IMPORTED_MODULE_0__/* .certificateBlock */ .Nk)(certificate.der))],
            certificates: { added: missing.map((certificate) => certificate.sha256) },
        };
    },
};
const explainNoTruststore = {
    rule: issuerNotFound,
    describe(_problem, chain, context) {
        return `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .leafClause */ .mc)(chain)} would be refused, ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .refusal */ .x5)(context.profile, 'untrusted', chain)}: this target has no truststore, so nothing can be its issuer.`;
    },
};


/***/ }),

/***/ 8177:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ nameConstraintsViolated),
/* harmony export */   h: () => (/* binding */ explainNameConstraintsViolated)
/* harmony export */ });
/* harmony import */ var _chain_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4613);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(281);
/* harmony import */ var _text_shorten_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6942);



const nameConstraintsViolated = {
    id: 'name-constraints-violated',
    defaultSeverity: 'error',
    title: "Name outside a CA's name constraints",
    description: "A CA on the chain restricts, with nameConstraints, the names of certificates below it (directory names, e-mail addresses, DNS names, URIs, IP addresses), and a certificate's subject, emailAddress, alternative names or (for the client's certificate without DNS names) a host-like common name breaks that restriction, or is a form OpenSSL cannot check. Names are compared as OpenSSL compares them: directory names with ASCII letters and spaces folded and nothing else.",
    remedy: "Issue the client with a subject inside the CA's permitted subtree, or from a CA without that constraint. Inspect with `openssl x509 -noout -ext nameConstraints -in CA.pem`.",
    appliesTo: (profile) => ({ evidence: profile.validation }),
    consequence: (profile) => `The client gets ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .refusal */ .x5)(profile, 'invalid')}: the CA is not allowed to vouch for that name.`,
};
const explainNameConstraintsViolated = {
    rule: nameConstraintsViolated,
    describe(problem, chain, context) {
        const whose = problem.certificate === chain.leaf.certificate
            ? 'its name'
            : `a name of ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .nameOf */ .Vb)(problem.certificate)} on its chain`;
        const name = (0,_text_shorten_js__WEBPACK_IMPORTED_MODULE_2__/* .shorten */ .m)(problem.name);
        const how = problem.violation === 'excluded'
            ? `is excluded by the name constraints of ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .nameOf */ .Vb)(problem.constrainedBy)}`
            : problem.violation === 'permitted'
                ? `is outside the permitted names of ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .nameOf */ .Vb)(problem.constrainedBy)}`
                : `cannot be checked against the name constraints of ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .nameOf */ .Vb)(problem.constrainedBy)} (an unsupported name form or subtree), so OpenSSL refuses it`;
        return `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .leafClause */ .mc)(chain)} would be refused, ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .refusal */ .x5)(context.profile, 'invalid', chain)}: ${whose}, ${name}, ${how}.`;
    },
};


/***/ }),

/***/ 5988:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ pathLengthExceeded),
/* harmony export */   s: () => (/* binding */ explainPathLengthExceeded)
/* harmony export */ });
/* harmony import */ var _findings_severity_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5131);
/* harmony import */ var _chain_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4613);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(281);



const pathLengthExceeded = {
    id: 'path-length-exceeded',
    defaultSeverity: 'error',
    title: 'pathLenConstraint violated',
    description: 'A CA on the chain allows fewer intermediates below it (basicConstraints pathLenConstraint) than the chain has.',
    remedy: 'Issue the client from a CA closer to the root, or re-issue the CA with a larger pathlen. Inspect with `openssl x509 -noout -ext basicConstraints -in CA.pem`.',
    appliesTo: (profile) => ({ evidence: profile.validation }),
    consequence: (profile) => `The client gets ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(profile, 'invalid')}: the chain is longer than the CA allows.`,
};
const explainPathLengthExceeded = {
    rule: pathLengthExceeded,
    describe(problem, chain, context) {
        const count = problem.intermediatesBelow;
        return `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .leafClause */ .mc)(chain)} would be refused, ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(context.profile, 'invalid', chain)}: ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(problem.issuer)} has pathlen:${problem.pathLen}, but ${(0,_findings_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(count, 'intermediate CA')} ${count === 1 ? 'stands' : 'stand'} below it on the chain.`;
    },
};


/***/ }),

/***/ 781:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ explainSelfSignedCertificate),
/* harmony export */   y: () => (/* binding */ selfSignedCertificate)
/* harmony export */ });
/* harmony import */ var _x509_certificate_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9893);
/* harmony import */ var _chain_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4613);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(281);



const selfSignedCertificate = {
    id: 'self-signed-certificate',
    defaultSeverity: 'error',
    title: 'Chain ends in a self-signed certificate that is not in the truststore',
    description: 'A self-signed client certificate is accepted only when that exact certificate is in the truststore. When the truststore holds a certificate with the same subject but another key, the client was re-keyed and the truststore is stale (or the reverse). A self-signed root the client sends is not trusted either.',
    remedy: 'Put this exact certificate in the truststore. Compare keys with `openssl x509 -noout -pubkey -in client.pem | openssl sha256` against the same for the truststore copy, and `diff` the two files.',
    // A chain that ends in a self-signed certificate outside the truststore fails path validation in every verifier;
    // what the gateway does with one inside it (anchor evidence) only changes the advice.
    appliesTo: (profile) => ({ evidence: profile.validation }),
    consequence: (profile) => `The client gets ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(profile, 'self-signed')}.`,
};
const explainSelfSignedCertificate = {
    rule: selfSignedCertificate,
    describe(problem, chain, context) {
        const { profile } = context;
        if (!problem.atLeaf) {
            return `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .leafClause */ .mc)(chain)} would be refused, ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(profile, 'untrusted', chain)}: its chain (${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .describePath */ .NH)(chain.built.chain)}) ends in ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(problem.certificate)}, a self-signed certificate the client sends that is not in the truststore. Add that root to the truststore if it is meant to be trusted.`;
        }
        const leaf = problem.certificate;
        const base = `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .leafClause */ .mc)(chain)} is self-signed and is not in the truststore: ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(profile, 'self-signed', chain)}.`;
        const namesake = problem.mimic ?? chain.truststore.withSubject(leaf.subject.key).find((c) => c.sha256 !== leaf.sha256);
        if (!namesake)
            return `${base} Add this certificate to the truststore.`;
        if (namesake.publicKey.sha256 !== leaf.publicKey.sha256) {
            return (`${base} The truststore holds a certificate with the same subject but a different key ` +
                `(public key SHA-256 in the truststore ${(0,_x509_certificate_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFingerprint */ .uV)(namesake.publicKey.sha256)}, presented by the client ${(0,_x509_certificate_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFingerprint */ .uV)(leaf.publicKey.sha256)}): ` +
                'one side was re-keyed. Replace the truststore copy with this certificate.');
        }
        return `${base} The truststore holds a certificate with the same subject and key but different bytes (fingerprint ${(0,_x509_certificate_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFingerprint */ .uV)(namesake.sha256)}); the two files must be identical.`;
    },
};


/***/ }),

/***/ 8417:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ pinnedVersionMessage),
/* harmony export */   c: () => (/* binding */ truststoreVersionPinned)
/* harmony export */ });
/* harmony import */ var _discovery_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2904);

/** What each gateway does with a new bundle in S3 while its resource names an old version (or none). */
const GATEWAYS = {
    'aws-api-gateway': {
        stale: 'API Gateway keeps serving the old truststore until truststoreVersion names the new object version',
        evidence: {
            confidence: 'vendor',
            source: 'API Gateway Developer Guide, "Configuring mutual TLS authentication": "To update the truststore, upload a new version to S3, and then update your custom domain name to use the new version"; API reference MutualTlsAuthenticationInput.truststoreVersion',
        },
    },
    'aws-alb': {
        stale: 'the load balancer keeps the old CA bundle until the trust store is modified (ModifyTrustStore) with the new object version',
        evidence: {
            confidence: 'vendor',
            source: 'Elastic Load Balancing API reference, ModifyTrustStore: the bundle is read from S3 when the trust store is created or modified (CaCertificatesBundleS3ObjectVersion, "If undefined the current version is used")',
        },
    },
    'aws-cloudfront': {
        stale: 'CloudFront keeps the bundle it read when the trust store was created or last updated, until the trust store is updated with the new object version',
        evidence: {
            confidence: 'vendor',
            source: 'CloudFront Developer Guide, "Trust stores and certificate management": the bundle is read once, when the trust store is created or updated',
        },
    },
};
function stale(profile) {
    return GATEWAYS[profile.id]?.stale ?? `${profile.wording.gateway} keeps its old truststore`;
}
const sentence = (text) => `${text[0].toUpperCase()}${text.slice(1)}`;
const truststoreVersionPinned = {
    id: 'truststore-version-pinned',
    defaultSeverity: 'warning',
    title: 'A truststore change the gateway will not serve',
    description: "In a change review: the truststore's certificates change, but the infrastructure code tells the gateway to keep serving a fixed S3 object version (a literal `truststore_version`, `TruststoreVersion`, `ca_certificates_bundle_s3_object_version`, CDK `version`) that the change leaves as it was, or names no version at all, so nothing updates the gateway. The new bundle is uploaded and never served. A reference that follows the upload (`aws_s3_object.x.version_id`, `!GetAtt Upload.VersionId`, a CDK asset key) is fine.",
    remedy: 'Make the version follow the upload (Terraform: `truststore_version = aws_s3_object.truststore.version_id`), or, after the upload, set the attribute to the new object version (`aws s3api list-object-versions --bucket BUCKET --prefix KEY`) in the same or a following change.',
    // Only gateways that read the bundle from an S3 object version; elsewhere the content is part of the resource.
    appliesTo: (profile) => {
        const gateway = GATEWAYS[profile.id];
        return gateway ? { evidence: gateway.evidence } : undefined;
    },
    consequence: (profile) => `${sentence(stale(profile))}: clients see no change after the deploy.`,
    check: (context) => (0,_discovery_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .discoveryFindings */ .t)(context, 'truststore-version-pinned'),
};
/** The finding's message for a changed truststore that `served` keeps from the gateway. */
function pinnedVersionMessage(profile, resource, served, truststore) {
    const pinned = served.kind === 'pinned'
        ? `${resource} pins ${served.attribute} = "${served.value}" (${served.file}:${served.line}), which this change leaves as it was`
        : `${resource} names no ${served.attribute} (${served.file}:${served.line}), so the gateway keeps the version it took when it was last updated`;
    return `${sentence(stale(profile))}: this change edits the certificates of ${truststore}, but ${pinned}. Change ${served.attribute} on line ${served.line} to the new object version, or to a reference that follows the upload.`;
}


/***/ }),

/***/ 4851:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ explainUnhandledCriticalExtension),
/* harmony export */   w: () => (/* binding */ unhandledCriticalExtension)
/* harmony export */ });
/* harmony import */ var _inventory_client_file_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(228);
/* harmony import */ var _x509_go_certificate_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4682);
/* harmony import */ var _chain_rule_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4613);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(281);




const unhandledCriticalExtension = {
    id: 'unhandled-critical-extension',
    defaultSeverity: 'error',
    title: 'Certificate has a critical extension validators do not know',
    description: 'RFC 5280 requires a validator to reject a certificate with a critical extension it does not recognise; OpenSSL does ("unhandled critical extension"), so any chain through this certificate fails.',
    remedy: 'Re-issue the certificate without the extension, or mark it non-critical. Inspect with `openssl x509 -noout -text -in FILE`.',
    appliesTo: (profile) => ({ evidence: profile.validation, phase: profile.bundle.badCertificate.phase }),
    consequence: (profile) => `Clients whose chain uses the certificate get ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .refusal */ .x5)(profile, 'invalid')}.`,
    *check(context) {
        const { profile } = context;
        yield* (0,_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .eachCertificate */ .vu)(context, ({ certificate, role, at }) => {
            // Which extensions are handled is the verifier's: Go's list is not OpenSSL's (a certificate Go cannot parse has its own rule).
            const oids = profile.chain.verifier === 'go'
                ? ((0,_x509_go_certificate_js__WEBPACK_IMPORTED_MODULE_1__/* .parseAsGo */ .g)(certificate).certificate?.unhandledCritical ?? [])
                : certificate.unknownCriticalExtensions;
            if (oids.length === 0)
                return undefined;
            const finding = at(`The ${_inventory_client_file_js__WEBPACK_IMPORTED_MODULE_0__/* .ROLE_WORDS */ .J$[role]} ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .nameOf */ .Vb)(certificate)} has critical extension(s) ${oids.join(', ')} that validators do not recognise and must reject. ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .certificateConsequence */ .l4)(profile, role, 'invalid')}`);
            return role === 'sent' ? { ...finding, atMost: 'notice' } : finding;
        });
    },
};
const explainUnhandledCriticalExtension = {
    rule: unhandledCriticalExtension,
    describe(problem, chain, context) {
        const oids = problem.oids.join(', ');
        return problem.certificate === chain.leaf.certificate
            ? `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .leafClause */ .mc)(chain)} has critical extension(s) ${oids} that validators reject: ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .refusal */ .x5)(context.profile, 'invalid', chain)}.`
            : `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .leafClause */ .mc)(chain)} would be refused, ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .refusal */ .x5)(context.profile, 'invalid', chain)}: its chain (${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .describePath */ .NH)(chain.built.chain)}) goes through ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .nameOf */ .Vb)(problem.certificate)}, whose critical extension(s) ${oids} validators reject.`;
    },
};


/***/ }),

/***/ 2082:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ explainUnparseableCertificate),
/* harmony export */   C: () => (/* binding */ unparseableCertificate)
/* harmony export */ });
/* harmony import */ var _x509_go_certificate_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4682);
/* harmony import */ var _chain_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4613);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(281);



const unparseableCertificate = {
    id: 'unparseable-certificate',
    defaultSeverity: 'error',
    title: "Certificate the gateway's own X.509 parser refuses",
    description: "The certificate is well-formed DER, but the gateway reads certificates with a parser of its own that refuses it: Go's crypto/x509 (Caddy, Traefik, the Kubernetes API server, Vault) rejects, among others, a certificate whose two signature algorithm fields differ, a name with a string type it does not read (VisibleString, UniversalString) or a PrintableString with other characters, an empty or malformed nameConstraints or subjectAltName, a curve other than P-224, P-256, P-384 and P-521, and an RSA key without NULL parameters.",
    remedy: 'Re-issue the certificate with a mainstream tool (OpenSSL, cfssl, step, Go); check it parses with `openssl x509 -noout -text -in FILE` and with the gateway itself.',
    appliesTo: (profile) => profile.chain.verifier === 'go'
        ? {
            ...(profile.chain.evidence.verifier ? { evidence: profile.chain.evidence.verifier } : {}),
            phase: 'upload',
        }
        : undefined,
    consequence: (profile) => `In the truststore: ${profile.wording.uploadRefusal}. A client that sends it gets ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(profile)}.`,
    *check(context) {
        const { profile } = context;
        yield* (0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .eachCertificate */ .vu)(context, ({ certificate, at }) => {
            const parsed = (0,_x509_go_certificate_js__WEBPACK_IMPORTED_MODULE_0__/* .parseAsGo */ .g)(certificate);
            if (parsed.error === undefined)
                return undefined;
            return at(`The truststore certificate ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(certificate)} does not parse with ${profile.wording.gateway}'s X.509 parser (${parsed.error}): ${profile.wording.uploadRefusal}.`);
        }, ['truststore']);
    },
};
const explainUnparseableCertificate = {
    rule: unparseableCertificate,
    describe(problem, chain, context) {
        const which = problem.certificate === chain.leaf.certificate
            ? 'does not parse'
            : `is sent with ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(problem.certificate)}, which does not parse`;
        return `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .leafClause */ .mc)(chain)} ${which} with ${context.profile.wording.gateway}'s X.509 parser (${problem.error}): the handshake fails before any chain is built, ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(context.profile, undefined, chain)}.`;
    },
};


/***/ }),

/***/ 9948:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ unsupportedKeyType),
/* harmony export */   O: () => (/* binding */ explainUnsupportedKeyType)
/* harmony export */ });
/* harmony import */ var _inventory_client_file_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(228);
/* harmony import */ var _profiles_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6546);
/* harmony import */ var _chain_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4613);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(281);
/* harmony import */ var _weak_key_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6870);





function whatIsAccepted(profile) {
    const { rsa, ec } = profile.keys;
    const parts = [
        ...(rsa
            ? [
                rsa.sizes
                    ? `RSA ${rsa.sizes.join('/')} bits`
                    : `RSA ${rsa.minBits}${rsa.maxBits ? `–${rsa.maxBits}` : '+'} bits`,
            ]
            : []),
        ...(ec ? [ec.curves ? `ECDSA on ${ec.curves.join(', ')}` : `ECDSA ${ec.minBits}+ bits`] : []),
        ...profile.keys.others,
    ];
    return parts.join('; ');
}
function whyNot(certificate, refused) {
    switch (refused.kind) {
        case 'explicit-curve':
            return 'an EC key with explicit curve parameters instead of a named curve';
        case 'too-large':
            return `${(0,_weak_key_js__WEBPACK_IMPORTED_MODULE_3__/* .describeKey */ .Rx)(certificate.publicKey)}, larger than the ${refused.maxBits} bits the gateway accepts`;
        case 'curve':
            return `an EC key on ${refused.curve}, which the gateway does not accept`;
        case 'type':
            return `a key of type ${refused.type}`;
        case 'rsa-size':
            return `${(0,_weak_key_js__WEBPACK_IMPORTED_MODULE_3__/* .describeKey */ .Rx)(certificate.publicKey)}; the gateway accepts RSA keys of ${refused.sizes.join(', ')} bits only`;
        case 'too-small':
        case 'security-bits':
            return (0,_weak_key_js__WEBPACK_IMPORTED_MODULE_3__/* .describeKey */ .Rx)(certificate.publicKey);
        case 'over-verify-limits':
            return refused.why;
    }
}
const unsupportedKeyType = {
    id: 'unsupported-key-type',
    defaultSeverity: 'error',
    title: 'Key type, curve or size outside what the gateway accepts',
    description: 'A key the gateway does not accept other than by being too small: DSA, EdDSA, GOST or unknown algorithms; a curve outside its list (CloudFront: no P-521); an RSA key over its maximum (CloudFront and Google Cloud: 4096 bits); an EC key with explicit domain parameters, which OpenSSL refuses on any chain.',
    remedy: 'Re-issue the certificate with a key the gateway lists (for API Gateway: RSA 2048+ or ECDSA P-256, P-384, P-521 on a named curve).',
    appliesTo: (profile) => ({ evidence: profile.keys.evidence, phase: profile.bundle.badCertificate.phase }),
    consequence: (profile) => `Clients whose chain uses the key get ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(profile, 'key-type')}.`,
    *check(context) {
        const { profile } = context;
        yield* (0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .eachCertificate */ .vu)(context, (visit) => {
            const { certificate, role, at } = visit;
            const refused = (0,_profiles_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .judgeKey */ .FF)(profile.keys, certificate.publicKey);
            if (!refused || refused.kind === 'too-small' || refused.kind === 'security-bits')
                return undefined;
            if (refused.kind === 'over-verify-limits') {
                return at(`The ${_inventory_client_file_js__WEBPACK_IMPORTED_MODULE_0__/* .ROLE_WORDS */ .J$[role]} ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(certificate)} has ${refused.why}. truststore-check does not verify signatures made with such a key, which bounds its work on hostile input, so nothing it signed is known to be good; no CA issues such keys.`);
            }
            return (0,_weak_key_js__WEBPACK_IMPORTED_MODULE_3__/* .keyRefused */ .wX)(visit, profile, `${whyNot(certificate, refused)}; ${profile.wording.gateway} accepts ${whatIsAccepted(profile)}`);
        });
    },
};
const explainUnsupportedKeyType = {
    rule: unsupportedKeyType,
    describe(problem, chain, context) {
        const why = problem.kind === 'explicit-ec-parameters'
            ? 'an EC key with explicit curve parameters, which OpenSSL refuses on any chain'
            : whyNot(problem.certificate, problem.refusal);
        if (problem.kind === 'key-not-supported' && problem.refusal.kind === 'over-verify-limits') {
            return `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .leafClause */ .mc)(chain)} could not be judged: its chain (${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .describePath */ .NH)(chain.built.chain)}) uses ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(problem.certificate)}, which has ${why}; truststore-check does not verify signatures made with it.`;
        }
        return problem.certificate === chain.leaf.certificate
            ? `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .leafClause */ .mc)(chain)} has ${why}: ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(context.profile, 'key-type', chain)}.`
            : `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .leafClause */ .mc)(chain)} would be refused, ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(context.profile, 'key-type', chain)}: its chain (${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .describePath */ .NH)(chain.built.chain)}) goes through ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(problem.certificate)}, which has ${why}.`;
    },
};


/***/ }),

/***/ 6870:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rx: () => (/* binding */ describeKey),
/* harmony export */   _Q: () => (/* binding */ weakKey),
/* harmony export */   n6: () => (/* binding */ explainWeakKey),
/* harmony export */   wX: () => (/* binding */ keyRefused)
/* harmony export */ });
/* harmony import */ var _inventory_client_file_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(228);
/* harmony import */ var _profiles_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6546);
/* harmony import */ var _chain_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4613);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(281);




/** `a 1024-bit RSA key` / `an EC key on P-224 (224 bits)`. */
function describeKey(key) {
    if (key.type === 'EC')
        return `an EC key on ${key.curve ?? 'an unnamed curve'}${key.bits ? ` (${key.bits} bits)` : ''}`;
    if (key.bits === undefined)
        return `a ${key.type} key`;
    return `a ${key.bits}-bit ${key.type} key`;
}
/**
 * The finding on a certificate whose key the gateway refuses: the key it
 * `has` and what the gateway takes. At most a notice on a certificate the
 * client sends along.
 */
function keyRefused({ certificate, role, at }, profile, has) {
    const finding = at(`The ${_inventory_client_file_js__WEBPACK_IMPORTED_MODULE_0__/* .ROLE_WORDS */ .J$[role]} ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(certificate)} has ${has}. ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .certificateConsequence */ .l4)(profile, role, 'key-type')}`);
    return role === 'sent' ? { ...finding, atMost: 'notice' } : finding;
}
const weakKey = {
    id: 'weak-key',
    defaultSeverity: 'error',
    title: 'Key smaller than the gateway accepts',
    description: "An RSA modulus or an elliptic curve below the gateway's floor (API Gateway: RSA-2048, ECDSA-256), on a client certificate or on a CA of its chain.",
    remedy: 'Generate a new key of at least the floor (RSA-2048 or P-256 for API Gateway) and re-issue the certificate. Confirm with `openssl x509 -noout -text -in FILE | grep "Public-Key"`.',
    appliesTo: (profile) => ({ evidence: profile.keys.evidence, phase: profile.bundle.badCertificate.phase }),
    consequence: (profile) => `Clients whose chain uses the key get ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(profile, 'key-type')}.`,
    *check(context) {
        const { profile } = context;
        yield* (0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .eachCertificate */ .vu)(context, (visit) => {
            const { certificate } = visit;
            const refused = (0,_profiles_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .judgeKey */ .FF)(profile.keys, certificate.publicKey);
            if (refused?.kind !== 'too-small' && refused?.kind !== 'security-bits')
                return undefined;
            const floor = refused.kind === 'security-bits'
                ? `OpenSSL rates it at ${refused.bits} security bits and ${profile.wording.gateway} accepts keys of at least ${refused.minimum} (its OpenSSL security level)`
                : `${profile.wording.gateway} accepts ${certificate.publicKey.type === 'EC' ? 'elliptic curves' : 'RSA keys'} of at least ${refused.minBits} bits`;
            return keyRefused(visit, profile, `${describeKey(certificate.publicKey)}; ${floor}`);
        });
    },
};
const explainWeakKey = {
    rule: weakKey,
    describe(problem, chain, context) {
        const key = describeKey(problem.certificate.publicKey);
        return problem.certificate === chain.leaf.certificate
            ? `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .leafClause */ .mc)(chain)} has ${key}, below the gateway's floor: ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(context.profile, 'key-type', chain)}.`
            : `${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .leafClause */ .mc)(chain)} would be refused, ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(context.profile, 'key-type', chain)}: its chain (${(0,_chain_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .describePath */ .NH)(chain.built.chain)}) goes through ${(0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(problem.certificate)}, which has ${key}.`;
    },
};


/***/ }),

/***/ 2904:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ discoveryFindings)
/* harmony export */ });
/** The findings of one discovery rule: the notes discovery made for it, as they are. */
function* discoveryFindings(context, rule) {
    for (const note of context.discovery ?? []) {
        if (note.rule !== rule)
            continue;
        yield {
            message: note.message,
            file: note.file,
            line: note.line,
            endLine: note.line,
            ...(note.atMost ? { atMost: note.atMost } : {}),
        };
    }
}


/***/ }),

/***/ 7531:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y: () => (/* binding */ RULES),
  I: () => (/* binding */ findRule)
});

// EXTERNAL MODULE: ./src/rules/definitions/certificate-expired.ts
var certificate_expired = __nccwpck_require__(8737);
// EXTERNAL MODULE: ./src/inventory/client-file.ts
var client_file = __nccwpck_require__(228);
// EXTERNAL MODULE: ./src/time.ts
var time = __nccwpck_require__(9834);
// EXTERNAL MODULE: ./src/rules/rule.ts
var rule = __nccwpck_require__(281);
;// CONCATENATED MODULE: ./src/rules/definitions/certificate-expiring-soon.ts



const certificateExpiringSoon = {
    id: 'certificate-expiring-soon',
    defaultSeverity: 'warning',
    title: 'Certificate expires soon',
    description: 'The certificate expires within the warning window (30 days unless `--expiry-warning-days` says otherwise). Gateways do not warn about expiring truststore certificates (API Gateway warns only when the domain is updated).',
    remedy: 'Renew the certificate before it expires; a scheduled run of this check keeps watch.',
    appliesTo: () => ({}),
    consequence: (profile) => `Nothing yet; from the expiry date on, clients get ${(0,rule/* refusal */.x5)(profile, 'expired')}, and ${profile.wording.gateway} will not warn you first.`,
    *check(context) {
        const horizon = context.at.getTime() + context.expiryWarningDays * time/* DAY_MS */.s;
        yield* (0,rule/* eachCertificate */.vu)(context, ({ certificate, role, at }) => {
            const notAfter = certificate.notAfter.getTime();
            if (notAfter <= context.at.getTime() || notAfter >= horizon)
                return undefined;
            const days = Math.floor((notAfter - context.at.getTime()) / time/* DAY_MS */.s);
            const when = days === 0 ? 'in less than a day' : `in ${days} day${days === 1 ? '' : 's'}`;
            const finding = at(`The ${client_file/* ROLE_WORDS */.J$[role]} ${(0,rule/* nameOf */.Vb)(certificate)} expires ${when}, on ${(0,time/* formatDate */.Y)(certificate.notAfter)}.`);
            return role === 'sent' ? { ...finding, atMost: 'notice' } : finding;
        });
    },
};

// EXTERNAL MODULE: ./src/rules/definitions/certificate-not-yet-valid.ts
var certificate_not_yet_valid = __nccwpck_require__(5945);
// EXTERNAL MODULE: ./src/rules/definitions/chain-signature-invalid.ts
var chain_signature_invalid = __nccwpck_require__(6434);
// EXTERNAL MODULE: ./src/rules/definitions/chain-too-long.ts
var chain_too_long = __nccwpck_require__(27);
// EXTERNAL MODULE: ./src/rules/definitions/client-auth-not-permitted.ts
var client_auth_not_permitted = __nccwpck_require__(3215);
// EXTERNAL MODULE: ./src/rules/definitions/client-certificate-is-ca.ts
var client_certificate_is_ca = __nccwpck_require__(8055);
// EXTERNAL MODULE: ./src/rules/definitions/client-not-end-entity.ts
var client_not_end_entity = __nccwpck_require__(7547);
// EXTERNAL MODULE: ./src/rules/definitions/client-certificate-revoked.ts
var client_certificate_revoked = __nccwpck_require__(4026);
// EXTERNAL MODULE: ./src/rules/definitions/crl-expired.ts
var crl_expired = __nccwpck_require__(7173);
// EXTERNAL MODULE: ./src/rules/crl-rule.ts
var crl_rule = __nccwpck_require__(168);
;// CONCATENATED MODULE: ./src/rules/definitions/crl-expiring-soon.ts


const crlExpiringSoon = {
    id: 'crl-expiring-soon',
    defaultSeverity: 'warning',
    title: 'CRL reaches its nextUpdate soon',
    description: "The CRL's nextUpdate falls within the expiry warning window. A CRL file in a repository is a static copy: unless a fresh one replaces it in time, the gateway starts refusing the clients it covers.",
    remedy: 'Publish a fresh CRL and commit it before the date; a scheduled run of this check keeps watch.',
    appliesTo: (profile) => (profile.revocation ? { evidence: profile.revocation.evidence.validity } : undefined),
    consequence: (profile) => `Nothing yet; from nextUpdate on, the clients it covers get ${(0,crl_rule/* revocationRefusal */.dL)(profile)}.`,
    *check(context) {
        const now = context.at.getTime();
        const horizon = now + context.expiryWarningDays * time/* DAY_MS */.s;
        yield* (0,crl_rule/* eachCrl */.ve)(context, (given, at) => {
            const next = given.crl.nextUpdate?.getTime();
            if (next === undefined || next <= now || next >= horizon || given.crl.thisUpdate.getTime() > now)
                return undefined;
            const days = Math.floor((next - now) / time/* DAY_MS */.s);
            const when = days === 0 ? 'in less than a day' : `in ${days} day${days === 1 ? '' : 's'}`;
            return at(`${(0,crl_rule/* describeCrl */.Rt)(given, true)} reaches its nextUpdate ${when}, on ${(0,time/* formatDate */.Y)(given.crl.nextUpdate)}.`);
        });
    },
};

// EXTERNAL MODULE: ./src/rules/definitions/crl-issuer-not-in-truststore.ts
var crl_issuer_not_in_truststore = __nccwpck_require__(9941);
;// CONCATENATED MODULE: ./src/rules/definitions/crl-malformed.ts
const crlMalformed = {
    id: 'crl-malformed',
    defaultSeverity: 'error',
    title: 'CRL file does not hold a readable CRL',
    description: 'A file given as a certificate revocation list holds a block that does not decode as an X.509 CRL, no CRL at all, or something else besides (certificates, keys, text). Where the gateway documents PEM only (Application Load Balancer), a DER CRL is a warning.',
    remedy: 'Export the CRL again as PEM (`openssl crl -in FILE -inform DER -out FILE.pem`) and check that `openssl crl -in FILE -noout -text` reads it.',
    appliesTo: (profile) => profile.revocation ? { evidence: profile.revocation.evidence.format, phase: 'upload' } : undefined,
    consequence: (profile) => `${profile.wording.uploadRefusal}.`,
    *check(context) {
        const pemOnly = context.profile.revocation?.pemOnly === true;
        for (const file of context.inventory.files) {
            if (file.role !== 'crl' || (file.notRead && file.objects.length === 0))
                continue;
            const at = (line, endLine, message) => ({ message, file: file.path, line, endLine });
            let crls = 0;
            for (const object of file.objects) {
                switch (object.kind) {
                    case 'crl':
                        crls++;
                        if (pemOnly && object.encoding === 'der')
                            yield {
                                ...at(object.line, object.endLine, `The CRL is DER-encoded; ${context.profile.wording.gateway} documents PEM CRLs only. Convert it with \`openssl crl -inform DER -in ${file.path} -out ${file.path}.pem\`.`),
                                atMost: 'warning',
                            };
                        break;
                    case 'malformed':
                        yield at(object.line, object.endLine, `${object.label === 'file' ? 'The file' : `The ${object.label} block`} does not decode as a CRL: ${object.reason}.`);
                        break;
                    case 'text':
                        yield {
                            ...at(object.line, object.endLine, 'Text outside PEM blocks in a CRL file; keep only X509 CRL blocks.'),
                            atMost: 'warning',
                        };
                        break;
                    default: {
                        const label = object.kind === 'certificate' ? 'certificate' : object.label;
                        yield at(object.line, object.endLine, `A ${label} block does not belong in a CRL file.`);
                    }
                }
            }
            if (crls === 0 && !file.objects.some((object) => object.kind === 'malformed'))
                yield at(1, 1, 'The file holds no CRL.');
        }
    },
};

// EXTERNAL MODULE: ./src/rules/definitions/crl-missing-for-ca.ts
var crl_missing_for_ca = __nccwpck_require__(4611);
// EXTERNAL MODULE: ./src/inventory/inventory.ts
var inventory = __nccwpck_require__(556);
;// CONCATENATED MODULE: ./src/rules/definitions/crl-quota.ts

function over(quota, value, what) {
    const limit = quota.value.toLocaleString('en-US');
    return `${value.toLocaleString('en-US')} ${what}, over the quota of ${limit}${quota.adjustable ? ' (adjustable by a quota request)' : ''}`;
}
const crlQuota = {
    id: 'crl-quota',
    defaultSeverity: 'error',
    title: 'CRLs over the gateway’s quotas',
    description: 'The CRL files exceed what the gateway takes: for Application Load Balancer, 50 MB per CRL file, 30 revocation lists per trust store and 500,000 revoked entries in all.',
    remedy: 'Split or prune the CRLs (revoked certificates that have expired can leave the list), or request a quota increase where it is adjustable.',
    appliesTo: (profile) => {
        const revocation = profile.revocation;
        const quota = revocation?.maxFileBytes ?? revocation?.maxLists ?? revocation?.maxEntries;
        return quota ? { evidence: quota.evidence, phase: quota.phase } : undefined;
    },
    consequence: (profile) => `${profile.wording.uploadRefusal}.`,
    *check(context) {
        const revocation = context.profile.revocation;
        if (!revocation)
            return;
        const files = context.inventory.files.filter((file) => file.role === 'crl');
        const first = files[0];
        const at = (file, message) => ({ message, file, line: 1, endLine: 1 });
        if (revocation.maxFileBytes) {
            for (const file of files) {
                if (file.size > revocation.maxFileBytes.value)
                    yield at(file.path, `The CRL file is ${over(revocation.maxFileBytes, file.size, 'bytes')}.`);
            }
        }
        if (!first)
            return;
        const lists = files.reduce((sum, file) => sum + (0,inventory/* crlsOf */.G0)(file).length, 0);
        if (revocation.maxLists && lists > revocation.maxLists.value)
            yield at(first.path, `The CRL files hold ${over(revocation.maxLists, lists, 'revocation lists')}.`);
        const entries = files.reduce((sum, file) => sum + (0,inventory/* crlsOf */.G0)(file).reduce((n, o) => n + o.crl.entries, 0), 0);
        if (revocation.maxEntries && entries > revocation.maxEntries.value)
            yield at(first.path, `The CRLs list ${over(revocation.maxEntries, entries, 'revoked certificates')}.`);
    },
};

// EXTERNAL MODULE: ./src/rules/definitions/crl-unusable.ts
var crl_unusable = __nccwpck_require__(3053);
;// CONCATENATED MODULE: ./src/rules/definitions/revocation-not-supported.ts
const revocationNotSupported = {
    id: 'revocation-not-supported',
    defaultSeverity: 'warning',
    title: 'CRLs given to a gateway that does not check them',
    description: 'CRL files are configured, but the gateway does not take CRLs (API Gateway: "doesn\'t verify if a certificate has been revoked"; CloudFront and Azure Application Gateway use OCSP). The certificates they list are still accepted.',
    remedy: "Remove the certificate from the truststore's trust (re-issue from another CA), or revoke in the gateway's own way: a Lambda authorizer for API Gateway, a Connection Function for CloudFront, OCSP for Azure.",
    appliesTo: (profile) => (profile.revocation ? undefined : {}),
    consequence: (profile) => `${profile.wording.gateway} accepts revoked certificates all the same.`,
    *check(context) {
        for (const file of context.inventory.files) {
            if (file.role !== 'crl' || !file.objects.some((object) => object.kind === 'crl'))
                continue;
            yield {
                message: `${context.profile.wording.gateway} does not check certificate revocation lists: the certificates this file revokes are still accepted.`,
                file: file.path,
                line: 1,
                endLine: 1,
            };
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/bundle-rule.ts
/** "The truststore" for one file, "The truststore made of a.pem, b.pem" for a bundle of several. */
function bundleName(truststore) {
    return truststore.files.length === 1
        ? 'The truststore'
        : `The truststore made of ${truststore.files.map((file) => file.path).join(', ')} (concatenated in that order)`;
}
/** What the gateway does when a quota is passed: refuses the bundle at upload, or takes it with a warning. */
function quotaWording(profile, quota) {
    if (!quota)
        return `None: ${profile.wording.gateway} has no such quota.`;
    return quota.phase === 'upload' ? `${profile.wording.uploadRefusal}.` : `${profile.wording.uploadWarning}.`;
}

;// CONCATENATED MODULE: ./src/rules/definitions/ca-names-too-large.ts

const caNamesTooLarge = {
    id: 'ca-names-too-large',
    defaultSeverity: 'error',
    title: 'CA subject names over the gateway’s quota',
    description: "The subject names of the bundle's CA certificates add up to more bytes than the gateway takes (Application Load Balancer: 10,000, the names it can advertise to clients in the TLS CertificateRequest).",
    remedy: 'Remove unused CAs, or ask for a quota increase where the gateway allows one.',
    appliesTo: (profile) => profile.bundle.maxSubjectBytes && {
        evidence: profile.bundle.maxSubjectBytes.evidence,
        phase: profile.bundle.maxSubjectBytes.phase,
    },
    consequence: (profile) => quotaWording(profile, profile.bundle.maxSubjectBytes),
    *check(context) {
        const quota = context.profile.bundle.maxSubjectBytes;
        if (!quota)
            return;
        for (const truststore of context.chains.truststores) {
            const size = truststore.certificates.reduce((sum, certificate) => sum + certificate.subject.byteLength, 0);
            if (size <= quota.value)
                continue;
            yield {
                message: `${bundleName(truststore)}: the subject names of its certificates add up to ${size.toLocaleString('en-US')} bytes; ${context.profile.wording.gateway} accepts at most ${quota.value.toLocaleString('en-US')}${quota.adjustable ? ' (adjustable by a quota request)' : ''}. ${quotaWording(context.profile, quota)}`,
                file: truststore.files[0].path,
                line: 1,
                endLine: 1,
            };
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/truststore-certificate-too-large.ts


/** Bytes of a certificate written as PEM: base64 in 64-character lines between the BEGIN and END lines. */
function pemSize(derBytes) {
    const base64 = 4 * Math.ceil(derBytes / 3);
    return ('-----BEGIN CERTIFICATE-----\n'.length + base64 + Math.ceil(base64 / 64) + '-----END CERTIFICATE-----\n'.length);
}
const truststoreCertificateTooLarge = {
    id: 'truststore-certificate-too-large',
    defaultSeverity: 'error',
    title: 'A truststore certificate larger than the gateway takes',
    description: 'One certificate of the bundle is larger than the gateway accepts for a single certificate (Application Load Balancer: 16 KB; CloudFront: 16,384 bytes; Google Cloud: 5 kB per PEM entry), measured as the PEM block it is uploaded as. Large policy, name or SAN extensions make CA certificates this big.',
    remedy: 'Use a CA certificate without the bulky extensions, or ask for a quota increase where the gateway allows one.',
    appliesTo: (profile) => profile.bundle.maxCertificateBytes && {
        evidence: profile.bundle.maxCertificateBytes.evidence,
        phase: profile.bundle.maxCertificateBytes.phase,
    },
    consequence: (profile) => quotaWording(profile, profile.bundle.maxCertificateBytes),
    *check(context) {
        const quota = context.profile.bundle.maxCertificateBytes;
        if (!quota)
            return;
        yield* (0,rule/* eachCertificate */.vu)(context, ({ certificate, at }) => {
            const size = pemSize(certificate.der.length);
            if (size <= quota.value)
                return undefined;
            return at(`The truststore certificate ${(0,rule/* nameOf */.Vb)(certificate)} is ${size.toLocaleString('en-US')} bytes as PEM (${certificate.der.length.toLocaleString('en-US')} as DER); ${context.profile.wording.gateway} accepts at most ${quota.value.toLocaleString('en-US')} per certificate. ${quotaWording(context.profile, quota)}`);
        }, ['truststore']);
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/truststore-root-count.ts


const truststoreRootCount = {
    id: 'truststore-root-count',
    defaultSeverity: 'error',
    title: 'Chain file without exactly one root',
    description: 'The gateway takes each trusted CA chain as its own file holding exactly one root (a self-signed CA certificate) and any intermediates under it (Azure Application Gateway refuses zero or several roots per file).',
    remedy: 'Split the bundle into one file per root, each with that root and its intermediates (`openssl crl2pkcs7 -nocrl -certfile FILE | openssl pkcs7 -print_certs` lists what a file holds).',
    appliesTo: (profile) => profile.bundle.format.rootsPerFile !== undefined
        ? { evidence: profile.bundle.format.evidence, phase: profile.bundle.format.phase }
        : undefined,
    consequence: (profile) => `${profile.wording.uploadRefusal}.`,
    *check(context) {
        const expected = context.profile.bundle.format.rootsPerFile;
        if (expected === undefined)
            return;
        for (const file of context.inventory.files) {
            if (file.role !== 'truststore' || file.notRead)
                continue;
            const certificates = (0,inventory/* certificatesOf */.mm)(file);
            if (certificates.length === 0)
                continue;
            const roots = certificates.filter((object) => object.certificate.selfSigned && object.certificate.basicConstraints?.ca !== false);
            if (roots.length === expected)
                continue;
            const which = roots.length === 0 ? 'none' : roots.map((object) => (0,rule/* nameOf */.Vb)(object.certificate)).join(', ');
            const where = roots[1] ?? certificates[0];
            yield {
                message: `The file holds ${roots.length} root CA certificates (${which}); ${context.profile.wording.gateway} takes exactly ${expected} per chain file.`,
                file: file.path,
                line: where.line,
                endLine: where.endLine,
            };
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/duplicate-certificate.ts
const DUPLICATES_EVIDENCE = {
    confidence: 'unconfirmed',
    source: 'Third-party reports (not the vendor) say API Gateway refuses duplicate subject DNs at import; every copy counts against the certificate quota.',
};
const duplicateCertificate = {
    id: 'duplicate-certificate',
    defaultSeverity: 'warning',
    title: 'Same certificate twice in a truststore',
    description: 'The bundle holds the same certificate (same SHA-256 fingerprint) more than once. It counts against the certificate quota and usually means a bundle was concatenated twice.',
    remedy: 'Remove the repeated block.',
    // Only where the gateway counts certificates: elsewhere a copy is harmless.
    appliesTo: (profile) => profile.bundle.maxCertificates && { evidence: DUPLICATES_EVIDENCE, phase: 'upload-warning' },
    consequence: (profile) => `Counts twice against the ${profile.bundle.maxCertificates?.value.toLocaleString('en-US') ?? ''}-certificate quota; reported to be refused at import.`,
    *check(context) {
        for (const truststore of context.chains.truststores) {
            const firstSeen = new Map();
            for (const { file, object } of truststore.objects) {
                const first = firstSeen.get(object.certificate.sha256);
                if (!first) {
                    firstSeen.set(object.certificate.sha256, { file: file.path, line: object.line });
                    continue;
                }
                const where = first.file === file.path ? `on line ${first.line}` : `in ${first.file} on line ${first.line}`;
                yield {
                    message: `The truststore certificate ${object.certificate.subject.text} already appears ${where}.`,
                    file: file.path,
                    line: object.line,
                    endLine: object.endLine,
                    certificate: object.certificate,
                    ...(object.encoding === 'pem'
                        ? {
                            fix: {
                                file: file.path,
                                line: object.line,
                                endLine: object.endLine,
                                description: 'Remove the repeated block.',
                                replacement: [],
                            },
                        }
                        : {}),
                };
            }
        }
    },
};

// EXTERNAL MODULE: ./src/inventory/files.ts
var files = __nccwpck_require__(1083);
// EXTERNAL MODULE: ./src/text/shell-quote.ts
var shell_quote = __nccwpck_require__(8244);
;// CONCATENATED MODULE: ./src/rules/definitions/file-not-loadable.ts



/** Where the model of OpenSSL's reader comes from (src/inventory/readers/openssl-pem.ts). */
const OPENSSL_READER_SOURCE = "OpenSSL 3.0's PEM reader: crypto/pem/pem_lib.c (PEM_read_bio_ex), crypto/pem/pem_info.c (PEM_X509_INFO_read_bio, which X509_load_cert_crl_file and so -CAfile use), crypto/evp/encode.c, checked against the openssl binary by the repository's reader differential";
/** What the gateway does with a file it reads nothing from, in its words. */
function notLoadedConsequence(profile, file) {
    const { wording } = profile;
    if (file.role === 'client')
        return 'A client configured with this file cannot present the certificate it seems to hold.';
    if (profile.bundle.format.reader)
        return `${wording.uploadRefusal}, or, where only part is skipped, clients under what it skips get ${(0,rule/* refusal */.x5)(profile, 'untrusted')}.`;
    if (profile.bundle.format.goReader)
        return `${wording.gateway} reads the file with Go's reader, which may load other certificates than OpenSSL's: ${wording.uploadRefusal}, or clients under certificates it skips get ${(0,rule/* refusal */.x5)(profile, 'untrusted')}.`;
    return `If ${wording.gateway} reads the file as OpenSSL does, the truststore is invalid: ${wording.uploadRefusal}, or it loads without these certificates and their clients get ${(0,rule/* refusal */.x5)(profile, 'untrusted')}.`;
}
const fileNotLoadable = {
    id: 'file-not-loadable',
    defaultSeverity: 'error',
    title: "The gateway's reader cannot load the file, or skips certificates in it",
    description: "Read as OpenSSL's PEM reader reads it (what `openssl verify -CAfile`, NGINX, HAProxy and most gateways load a bundle with), the file fails to load, so nothing in it is trusted (a blank line or a header inside a block, a bad base64 character, an END line that does not match, a block that does not decode), or the reader passes certificates by: a PKCS#7 bundle, binary DER, a BEGIN line that is indented or carries other text, a NUL byte that ends the reading.",
    remedy: 'Write the truststore as PEM CERTIFICATE blocks, each opened and closed at the start of a line: convert PKCS#7 with `openssl pkcs7 -print_certs -in FILE -out FILE.pem` and DER with `openssl x509 -inform DER -in FILE -out FILE.pem`, and check what OpenSSL loads with `openssl crl2pkcs7 -nocrl -certfile FILE | openssl pkcs7 -print_certs -noout`.',
    appliesTo: (profile) => profile.bundle.format.reader
        ? { evidence: profile.bundle.format.reader }
        : { evidence: { confidence: 'vendor', source: OPENSSL_READER_SOURCE } },
    consequence: (profile) => `${profile.wording.gateway} loads nothing from a file its reader fails on (${profile.wording.uploadRefusal}, or every client refused), and nothing from what the reader skips: clients under those CAs get ${(0,rule/* refusal */.x5)(profile, 'untrusted')}.`,
    *check(context) {
        for (const file of context.inventory.files) {
            if (!files/* CERTIFICATE_FILE_ROLES */.Vq.includes(file.role))
                continue;
            const command = `openssl crl2pkcs7 -nocrl -certfile ${(0,shell_quote/* shellQuote */.Z)(file.path)} | openssl pkcs7 -print_certs -noout`;
            const at = (line, endLine, message) => ({
                message,
                file: file.path,
                line,
                endLine,
                command,
            });
            if (file.loadFailure) {
                const { line, endLine, reason, undecodable } = file.loadFailure;
                // The tool's DER parser refuses a few encodings d2i_X509 reads: then OpenSSL's failing is likely, not known.
                const failing = undecodable
                    ? `The file cannot be read as OpenSSL's PEM reader reads it: ${reason}. OpenSSL loads nothing from a file with a block it cannot decode (\`openssl x509 -noout -in ${(0,shell_quote/* shellQuote */.Z)(file.path)}\` shows whether it decodes this one).`
                    : `OpenSSL's PEM reader fails on this file: ${reason}; it then loads no certificate from the whole file.`;
                yield at(line, endLine, `${failing} ${notLoadedConsequence(context.profile, file)}`);
            }
            for (const skipped of file.notLoaded ?? []) {
                const count = skipped.certificates?.length ?? 0;
                const lost = count > 0
                    ? ` The ${count === 1 ? 'certificate' : `${count} certificates`} in it ${count === 1 ? 'is' : 'are'} not trusted.`
                    : '';
                const convert = skipped.convert
                    ? ` Convert it: \`${skipped.convert.replace(/FILE/g, (0,shell_quote/* shellQuote */.Z)(file.path))}\`.`
                    : '';
                yield at(skipped.line, skipped.endLine, `Not loaded: ${skipped.reason}.${lost}${convert} ${file.role === 'truststore' ? notLoadedConsequence(context.profile, file) : ''}`.trimEnd());
            }
        }
    },
};

// EXTERNAL MODULE: ./src/findings/fix.ts
var fix = __nccwpck_require__(7625);
// EXTERNAL MODULE: ./src/x509/certificate.ts + 2 modules
var certificate = __nccwpck_require__(9893);
// EXTERNAL MODULE: ./src/text/shorten.ts
var shorten = __nccwpck_require__(6942);
;// CONCATENATED MODULE: ./src/rules/definitions/readers-disagree.ts






function describe(entries) {
    return entries
        .map((entry) => `${entry.subject ? (0,shorten/* shorten */.m)(entry.subject, 80) : 'a certificate'} (line ${entry.line}, SHA-256 ${(0,certificate/* formatFingerprint */.uV)(entry.sha256).slice(0, 23)}…)`)
        .join(', ');
}
/** The whole file rewritten from the certificates OpenSSL loads, as canonical PEM: what every reader reads alike. */
function canonicalRewrite(file, lineCount) {
    const certificates = file.objects.filter((object) => object.kind === 'certificate');
    if (certificates.length === 0 || lineCount < 1)
        return undefined;
    return {
        file: file.path,
        line: 1,
        endLine: lineCount,
        description: `Rewrite the file as the ${certificates.length === 1 ? 'certificate' : `${certificates.length} certificates`} OpenSSL loads from it, in canonical PEM.`,
        replacement: certificates.map((object) => (0,fix/* certificateBlock */.Nk)(object.certificate.der)),
    };
}
const readersDisagree = {
    id: 'readers-disagree',
    defaultSeverity: 'error',
    title: 'Readers disagree on the certificates in the file',
    description: "OpenSSL's PEM reader and Go's (encoding/pem with crypto/x509, used by Caddy, Traefik and Vault) load different certificates from the file: a byte-order mark, control bytes around a delimiter, a block inside a block, trailing bytes after a certificate, a TRUSTED or X509 CERTIFICATE label, a certificate one parser takes and the other refuses. Where the gateway's bundle reader is not documented (API Gateway, Application Load Balancer, CloudFront, Google Cloud, Azure, Envoy's BoringSSL), either reading may be the deployed one, so it is an error; where the gateway reads with Go's (Caddy, Traefik, Vault: the go profile) it is an error too, since the check judges OpenSSL's reading; where the gateway is OpenSSL it is a warning.",
    remedy: 'Write the file as canonical PEM: plain CERTIFICATE blocks, base64 in 64-character lines, nothing else on the delimiter lines (`openssl crl2pkcs7 -nocrl -certfile FILE | openssl pkcs7 -print_certs` prints what OpenSSL loads).',
    appliesTo: (profile) => (profile.bundle.format.goReader ? { evidence: profile.bundle.format.goReader } : {}),
    consequence: (profile) => profile.bundle.format.reader
        ? `${profile.wording.gateway} reads the file as OpenSSL does (the tool's reading); a tool or gateway built on another reader trusts other certificates.`
        : profile.bundle.format.goReader
            ? `${profile.wording.gateway} reads the file with Go's reader, not OpenSSL's, whose reading the check judges: it may trust certificates no reviewer sees, or miss a CA so that its clients get ${(0,rule/* refusal */.x5)(profile, 'untrusted')}.`
            : `${profile.wording.gateway}'s bundle reader is not documented: it may trust certificates no reviewer sees, or miss a CA so that its clients get ${(0,rule/* refusal */.x5)(profile, 'untrusted')}.`,
    *check(context) {
        const documented = context.profile.bundle.format.reader !== undefined;
        for (const file of context.inventory.files) {
            const { disagreement } = file;
            if (!disagreement || !files/* CERTIFICATE_FILE_ROLES */.Vq.includes(file.role))
                continue;
            const goShas = new Set(disagreement.go.map((entry) => entry.sha256));
            const opensslShas = new Set(disagreement.openssl.map((entry) => entry.sha256));
            const onlyOpenssl = disagreement.openssl.filter((entry) => !goShas.has(entry.sha256));
            const onlyGo = disagreement.go.filter((entry) => !opensslShas.has(entry.sha256));
            const parts = [
                `OpenSSL's PEM reader loads ${disagreement.openssl.length} certificate${disagreement.openssl.length === 1 ? '' : 's'} from this file and Go's loads ${disagreement.go.length}`,
                ...(onlyOpenssl.length > 0 ? [`only OpenSSL loads ${describe(onlyOpenssl)}`] : []),
                ...(onlyGo.length > 0 ? [`only Go loads ${describe(onlyGo)}`] : []),
            ];
            if (onlyOpenssl.length === 0 && onlyGo.length === 0)
                parts.push('they differ in how many copies they load');
            const lastLine = Math.max(disagreement.endLine, ...file.objects.map((object) => object.endLine));
            const fix = canonicalRewrite(file, file.lineCount ?? lastLine);
            yield {
                message: `${parts.join('; ')}. The check reports OpenSSL's reading${context.profile.bundle.format.goReader ? `; ${context.profile.wording.gateway} loads Go's` : ''}.`,
                file: file.path,
                line: disagreement.line,
                endLine: disagreement.endLine,
                command: `openssl crl2pkcs7 -nocrl -certfile ${(0,shell_quote/* shellQuote */.Z)(file.path)} | openssl pkcs7 -print_certs -noout`,
                ...(documented ? { atMost: 'warning' } : {}),
                ...(fix ? { fix } : {}),
            };
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/file-not-read.ts
const fileNotRead = {
    id: 'file-not-read',
    defaultSeverity: 'error',
    mandatory: true,
    title: 'File matched but not read, or read only in part',
    description: 'A matched file was left unread, so it is not known to be good: a symbolic link to a path outside the repository (never followed), a broken link, a file over a size limit, past the limit on files or bytes per run, unreadable, or holding more PEM blocks than the limit (the rest unread). Limits are set under `limits:` in .truststore-check.yml.',
    remedy: 'Commit the real file instead of a link, split or shrink it, or raise the limit if the file is legitimate.',
    appliesTo: () => ({}),
    consequence: () => 'Unknown: what is in the unread part never reached the checks, and a truststore that is not what it seems may refuse clients or fail to upload.',
    *check(context) {
        for (const file of context.inventory.files) {
            if (file.notRead?.severity !== 'error')
                continue;
            yield { message: `The file was not read in full: ${file.notRead.reason}.`, file: file.path, line: 1, endLine: 1 };
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/file-skipped.ts
const fileSkipped = {
    id: 'file-skipped',
    defaultSeverity: 'notice',
    title: 'Special file skipped',
    description: 'A glob matched a named pipe, socket or device. Such files hold no certificates and reading one could block the run, so they are skipped.',
    remedy: 'Narrow the glob, or remove the special file from the repository.',
    appliesTo: () => ({}),
    consequence: () => 'None: nothing in it reaches the gateway.',
    *check(context) {
        for (const file of context.inventory.files) {
            if (file.notRead?.severity !== 'notice')
                continue;
            yield { message: `The path was skipped: ${file.notRead.reason}.`, file: file.path, line: 1, endLine: 1 };
        }
    },
};

// EXTERNAL MODULE: ./src/rules/definitions/incomplete-chain.ts
var incomplete_chain = __nccwpck_require__(1716);
// EXTERNAL MODULE: ./src/rules/definitions/insecure-signature-algorithm.ts
var insecure_signature_algorithm = __nccwpck_require__(8841);
// EXTERNAL MODULE: ./src/rules/definitions/invalid-certificate-extension.ts
var invalid_certificate_extension = __nccwpck_require__(7883);
// EXTERNAL MODULE: ./src/rules/definitions/issuer-not-ca.ts
var issuer_not_ca = __nccwpck_require__(4560);
// EXTERNAL MODULE: ./src/rules/definitions/issuer-not-found.ts
var issuer_not_found = __nccwpck_require__(790);
;// CONCATENATED MODULE: ./src/rules/definitions/key-mismatch.ts





function keysOf(file) {
    return file.objects.filter((object) => object.kind === 'private-key' && object.publicKeySha256 !== undefined);
}
const keyMismatch = {
    id: 'key-mismatch',
    defaultSeverity: 'error',
    title: 'Private key does not belong to the certificate beside it',
    description: 'A private key in the same file as a certificate, or in a file with the same base name (client.key beside client.pem), has a different public key than the certificate. The client cannot complete the TLS handshake with this pair.',
    remedy: 'Pair the certificate with the key it was issued for. Compare with `openssl pkey -in KEY -pubout | openssl sha256` and `openssl x509 -in CERT -noout -pubkey | openssl sha256`.',
    appliesTo: () => ({}),
    consequence: (profile) => `The client cannot complete the mutual-TLS handshake with this certificate and key; the connection fails before ${profile.wording.gateway} answers.`,
    *check(context) {
        const certificateFiles = new Map();
        for (const file of context.inventory.files) {
            if (file.role !== 'key' && (0,inventory/* certificatesOf */.mm)(file).length > 0)
                certificateFiles.set((0,files/* pairingBaseName */.jZ)(file.path), file);
        }
        for (const keyFile of context.inventory.files) {
            const keys = keysOf(keyFile);
            if (keys.length === 0)
                continue;
            const certificateFile = (0,inventory/* certificatesOf */.mm)(keyFile).length > 0 ? keyFile : certificateFiles.get((0,files/* pairingBaseName */.jZ)(keyFile.path));
            if (!certificateFile)
                continue;
            const certificates = (0,inventory/* certificatesOf */.mm)(certificateFile);
            const leaf = (certificateFile.role === 'client' ? (0,client_file/* readClientFile */.CQ)(certificateFile).leaf : undefined) ?? certificates[0];
            for (const key of keys) {
                if (certificates.some((object) => object.certificate.publicKey.sha256 === key.publicKeySha256))
                    continue;
                const where = keyFile === certificateFile ? `on line ${key.line}` : `in ${keyFile.path}`;
                const draft = {
                    message: `The private key ${where} does not match the certificate ${(0,rule/* nameOf */.Vb)(leaf.certificate)}: ` +
                        `public key SHA-256 of the key ${(0,certificate/* formatFingerprint */.uV)(key.publicKeySha256)}, of the certificate ${(0,certificate/* formatFingerprint */.uV)(leaf.certificate.publicKey.sha256)}. ` +
                        keyMismatch.consequence(context.profile),
                    file: certificateFile.path,
                    line: leaf.line,
                    endLine: leaf.endLine,
                    certificate: leaf.certificate,
                };
                yield draft;
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/malformed-certificate.ts

const malformedCertificate = {
    id: 'malformed-certificate',
    defaultSeverity: 'error',
    title: 'Block or file does not decode as a certificate',
    description: 'Binary data that is not DER, a DER certificate that does not parse or has trailing bytes, an empty file, or a file with no certificate in it (a PEM file OpenSSL fails on is `file-not-loadable`). The gateway validates X.509 syntax and rejects what does not parse.',
    remedy: 'Re-export the certificate (`openssl x509 -in FILE -out FILE.pem`) and check it parses with `openssl x509 -noout -text -in FILE`.',
    appliesTo: (profile) => ({ evidence: profile.validation, phase: profile.bundle.badCertificate.phase }),
    consequence: (profile) => `In the truststore: ${(0,rule/* badBundleCertificate */.td)(profile)} A client whose certificate does not parse gets ${profile.wording.refusal}.`,
    *check(context) {
        for (const file of context.inventory.files) {
            // A file that was not read is reported by file-not-read; it would hold "no certificate" only for that reason.
            // Key files and CRL files have rules of their own.
            // A PEM file OpenSSL fails on is file-not-loadable's.
            if (file.role === 'key' || file.role === 'crl' || (file.notRead && file.objects.length === 0) || file.loadFailure)
                continue;
            let certificates = 0;
            for (const object of file.objects) {
                if (object.kind === 'certificate')
                    certificates++;
                if (object.kind !== 'malformed')
                    continue;
                const what = ['file', 'DER', 'PKCS12'].includes(object.label) ? 'The file' : `The ${object.label} block`;
                yield {
                    message: `${what} does not decode as a certificate: ${object.reason}.`,
                    file: file.path,
                    line: object.line,
                    endLine: object.endLine,
                };
            }
            const malformed = file.objects.some((object) => object.kind === 'malformed');
            // A key file matched by a client glob is not a broken certificate: private-key-in-repository says what it is.
            const onlyKeys = file.objects.some((object) => object.kind === 'private-key') &&
                file.objects.every((object) => object.kind === 'private-key' || object.kind === 'text');
            // A file whose content OpenSSL passes by is file-not-loadable's.
            if (certificates === 0 && !malformed && !onlyKeys && !file.notLoaded) {
                const found = [
                    ...new Set(file.objects
                        .filter((o) => o.kind === 'other' || o.kind === 'private-key' || o.kind === 'crl')
                        .map((o) => (o.kind === 'crl' ? 'X509 CRL' : 'label' in o ? o.label : ''))),
                ];
                const besides = found.length > 0 ? ` (it holds: ${found.join(', ')})` : '';
                yield { message: `The file holds no certificate${besides}.`, file: file.path, line: 1, endLine: 1 };
            }
        }
    },
};

// EXTERNAL MODULE: ./src/rules/definitions/name-constraints-violated.ts
var name_constraints_violated = __nccwpck_require__(8177);
// EXTERNAL MODULE: ./src/chain/verify-chain.ts + 1 modules
var verify_chain = __nccwpck_require__(5222);
;// CONCATENATED MODULE: ./src/rules/definitions/not-a-ca-certificate.ts


const notACaCertificate = {
    id: 'not-a-ca-certificate',
    defaultSeverity: 'warning',
    title: 'Truststore certificate that is neither a CA nor self-signed',
    description: 'A truststore certificate that may not issue certificates (no basicConstraints cA=TRUE) and is not self-signed can neither issue client certificates nor anchor a chain: it is probably a leaf put into the bundle by mistake.',
    remedy: 'Remove the leaf from the truststore, or add the CA that issued it instead. Inspect with `openssl x509 -noout -ext basicConstraints -in FILE`.',
    appliesTo: (profile) => ({ evidence: profile.validation }),
    consequence: (profile) => `Nothing is accepted through it: clients issued by it get ${(0,rule/* refusal */.x5)(profile, 'invalid')}.`,
    *check(context) {
        yield* (0,rule/* eachCertificate */.vu)(context, ({ certificate, at }) => {
            if ((0,verify_chain/* caStatus */.Ft)(certificate) !== 0 || certificate.selfSigned)
                return undefined;
            return at(`The truststore certificate ${(0,rule/* nameOf */.Vb)(certificate)} is not a CA (no basicConstraints cA=TRUE) and not self-signed, so it can neither issue client certificates nor anchor a chain.`);
        }, ['truststore']);
    },
};

// EXTERNAL MODULE: ./src/rules/definitions/path-length-exceeded.ts
var path_length_exceeded = __nccwpck_require__(5988);
;// CONCATENATED MODULE: ./src/rules/definitions/private-key-in-repository.ts
const privateKeyInRepository = {
    id: 'private-key-in-repository',
    defaultSeverity: 'error',
    title: 'Private key among the scanned files',
    description: 'A private key (PKCS#1, PKCS#8, SEC1, encrypted, OpenSSH or DER) is committed next to the certificates. Anyone who can read the repository can impersonate that client. Key material is never printed.',
    remedy: 'Remove the key from the repository and its history (e.g. `git filter-repo`), then revoke and re-issue the certificate: treat the key as leaked.',
    appliesTo: () => ({}),
    consequence: () => 'Nothing at the gateway: the risk is that anyone who can read the repository can impersonate the client.',
    *check(context) {
        for (const file of context.inventory.files) {
            for (const object of file.objects) {
                if (object.kind !== 'private-key')
                    continue;
                const encrypted = object.encrypted ? ' (encrypted, but still a key that should not live here)' : '';
                yield {
                    message: `A private key (${object.label})${encrypted} is committed in the repository.`,
                    file: file.path,
                    line: object.line,
                    endLine: object.endLine,
                };
            }
        }
    },
};

// EXTERNAL MODULE: ./src/rules/definitions/self-signed-certificate.ts
var self_signed_certificate = __nccwpck_require__(781);
;// CONCATENATED MODULE: ./src/rules/definitions/truststore-format.ts
/** A `#` comment without a `-`: the only text Application Load Balancer and CloudFront accept around blocks. */
function isPlainComment(line) {
    return line.startsWith('#') && !line.includes('-');
}
/** What is wrong with text outside the blocks under the format, or undefined when the gateway takes it. */
function textProblem(format, text) {
    if (format.textOutsideBlocks === 'hash-comments-without-dash') {
        if (text.lines.every(isPlainComment))
            return undefined;
        const comment = text.lines.find((line) => line.startsWith('#') && line.includes('-'));
        return comment !== undefined && text.lines.every((line) => line.startsWith('#'))
            ? 'A comment line contains "-"; the gateway accepts comments only on lines that start with # and have no -.'
            : 'Text outside certificate blocks (an `openssl x509 -text` dump?); the gateway accepts only # comment lines without -.';
    }
    return 'Text outside certificate blocks (a comment or an `openssl x509 -text` dump); keep only the PEM blocks.';
}
/** From the first blank line to the last, the same lines without the blank ones. */
function withoutBlankLines(file, blankLines) {
    const first = blankLines[0];
    const last = blankLines[blankLines.length - 1];
    const replacement = [];
    let start = first;
    for (const blank of [...blankLines, last + 1]) {
        if (blank > start)
            replacement.push({ file, line: start, endLine: blank - 1 });
        start = blank + 1;
    }
    return { file, line: first, endLine: last, description: 'Remove the blank lines.', replacement };
}
const truststoreFormat = {
    id: 'truststore-format',
    defaultSeverity: 'error',
    title: 'Truststore is not in the format the gateway takes',
    description: 'The truststore must be PEM CERTIFICATE blocks in the form the gateway takes. Keys, CRLs, CSRs and OpenSSL TRUSTED CERTIFICATE blocks are not part of it anywhere (PKCS#7 and DER, from which OpenSSL loads nothing, are `file-not-loadable`); Application Load Balancer and CloudFront also refuse blank lines and any text but `#` comments without a `-` (an `openssl x509 -text` dump fails the upload); API Gateway wants a .pem file. Where the gateway tolerates text outside blocks, it is a warning.',
    remedy: 'Rebuild the bundle from plain PEM certificates only: `cat root.pem intermediate.pem > truststore.pem` (convert DER with `openssl x509 -inform der -in FILE`); for load balancers, `grep -v "^$"` drops blank lines.',
    appliesTo: (profile) => ({ evidence: profile.bundle.format.evidence, phase: profile.bundle.format.phase }),
    consequence: (profile) => profile.bundle.format.phase === 'upload'
        ? `${profile.wording.uploadRefusal}.`
        : `${profile.wording.gateway} may refuse or misread the truststore; Application Load Balancer and CloudFront refuse such bundles outright.`,
    *check(context) {
        const { format } = context.profile.bundle;
        for (const file of context.inventory.files) {
            if (file.role !== 'truststore')
                continue;
            const at = (line, endLine, message) => ({
                message,
                file: file.path,
                line,
                endLine,
            });
            if (format.pemExtension && !file.path.toLowerCase().endsWith('.pem')) {
                yield at(1, 1, `The truststore file does not have the .pem extension ${context.profile.wording.gateway} expects.`);
            }
            if (format.blankLines === 'refused' && file.blankLines) {
                const [first] = file.blankLines;
                const more = file.blankLines.length > 1 ? ` (and ${file.blankLines.length - 1} more)` : '';
                yield {
                    ...at(first, first, `Blank line${more}: ${context.profile.wording.gateway} refuses a bundle with blank lines. Remove them (\`grep -v '^$'\`).`),
                    fix: withoutBlankLines(file.path, file.blankLines),
                };
            }
            for (const object of file.objects) {
                if (object.kind === 'text') {
                    const problem = textProblem(format, object);
                    if (!problem)
                        continue;
                    const text = {
                        ...at(object.line, object.endLine, problem),
                        fix: {
                            file: file.path,
                            line: object.line,
                            endLine: object.endLine,
                            description: 'Remove the text.',
                            replacement: [],
                        },
                    };
                    yield format.textOutsideBlocks === 'tolerated' ? { ...text, atMost: 'warning' } : text;
                }
                else if (object.kind === 'other' || object.kind === 'private-key' || object.kind === 'crl') {
                    const label = object.kind === 'crl' ? 'X509 CRL' : object.label;
                    yield at(object.line, object.endLine, `A ${label} block does not belong in a truststore.`);
                }
                else if (object.kind === 'certificate' && object.encoding === 'trusted-pem') {
                    yield at(object.line, object.endLine, 'The certificate is stored as an OpenSSL "TRUSTED CERTIFICATE" block, not a PEM CERTIFICATE block.');
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/truststore-too-large.ts

const truststoreTooLarge = {
    id: 'truststore-too-large',
    defaultSeverity: 'error',
    title: 'Truststore larger than the gateway takes',
    description: 'The bundle, as concatenated for upload, has more bytes than the gateway accepts (API Gateway: 1 MB, taken as 1,048,576 bytes; CloudFront: 64 KB).',
    remedy: 'Strip comments and text dumps, remove unused CAs.',
    appliesTo: (profile) => profile.bundle.maxBytes && { evidence: profile.bundle.maxBytes.evidence, phase: profile.bundle.maxBytes.phase },
    consequence: (profile) => quotaWording(profile, profile.bundle.maxBytes),
    *check(context) {
        const quota = context.profile.bundle.maxBytes;
        if (!quota)
            return;
        for (const truststore of context.chains.truststores) {
            const size = truststore.files.reduce((sum, file) => sum + file.size, 0);
            if (size <= quota.value)
                continue;
            yield {
                message: `${bundleName(truststore)} is ${size.toLocaleString('en-US')} bytes; ${context.profile.wording.gateway} accepts at most ${quota.value.toLocaleString('en-US')} bytes. ${quotaWording(context.profile, quota)}`,
                file: truststore.files[0].path,
                line: 1,
                endLine: 1,
            };
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/truststore-too-many-certificates.ts

const truststoreTooManyCertificates = {
    id: 'truststore-too-many-certificates',
    defaultSeverity: 'error',
    title: 'More certificates in the truststore than the gateway takes',
    description: 'The bundle holds more certificates than the gateway accepts in one truststore (API Gateway: 1,000; Application Load Balancer and CloudFront: 25 by default). Copies of the same certificate count too.',
    remedy: 'Remove expired, duplicate or unused CAs, ask for a quota increase where the gateway allows one, or split clients across trust stores.',
    appliesTo: (profile) => profile.bundle.maxCertificates && {
        evidence: profile.bundle.maxCertificates.evidence,
        phase: profile.bundle.maxCertificates.phase,
    },
    consequence: (profile) => quotaWording(profile, profile.bundle.maxCertificates),
    *check(context) {
        const quota = context.profile.bundle.maxCertificates;
        if (!quota)
            return;
        for (const truststore of context.chains.truststores) {
            const count = truststore.objects.length;
            if (count <= quota.value)
                continue;
            const first = truststore.objects[quota.value];
            yield {
                message: `${bundleName(truststore)} holds ${count.toLocaleString('en-US')} certificates; ${context.profile.wording.gateway} accepts at most ${quota.value.toLocaleString('en-US')}${quota.adjustable ? ' (adjustable by a quota request)' : ''}. The first one over the limit starts on line ${first.object.line} of ${first.file.path}. ${quotaWording(context.profile, quota)}`,
                file: truststore.files[0].path,
                line: 1,
                endLine: 1,
            };
        }
    },
};

// EXTERNAL MODULE: ./src/rules/definitions/unhandled-critical-extension.ts
var unhandled_critical_extension = __nccwpck_require__(4851);
// EXTERNAL MODULE: ./src/rules/definitions/unsupported-key-type.ts
var unsupported_key_type = __nccwpck_require__(9948);
// EXTERNAL MODULE: ./src/rules/definitions/unparseable-certificate.ts
var unparseable_certificate = __nccwpck_require__(2082);
// EXTERNAL MODULE: ./src/rules/definitions/weak-key.ts
var weak_key = __nccwpck_require__(6870);
// EXTERNAL MODULE: ./src/rules/definitions/configuration-change-deferred.ts
var configuration_change_deferred = __nccwpck_require__(1);
// EXTERNAL MODULE: ./src/chain/truststore.ts
var chain_truststore = __nccwpck_require__(2866);
;// CONCATENATED MODULE: ./src/rules/definitions/work-limit-reached.ts


const workLimitReached = {
    id: 'work-limit-reached',
    defaultSeverity: 'error',
    mandatory: true,
    title: 'Input over a bound on the work of one check',
    description: `The check stopped short of something to keep its work bounded on hostile input: more than ${chain_truststore/* MAX_SAME_NAME_CERTIFICATES */.D} truststore certificates with one subject name (only the first ${chain_truststore/* MAX_SAME_NAME_CERTIFICATES */.D} are considered as issuers). What lies past the bound is not known to be good, so this is an error and cannot be turned off.`,
    remedy: 'Remove the surplus same-named certificates (a real PKI has a few per name: renewals and cross-signs); `grep -c "BEGIN CERTIFICATE"` and `openssl storeutl -noout -text -certs FILE | grep Subject:` show what the bundle holds.',
    appliesTo: () => ({}),
    consequence: () => 'Unknown: clients whose issuer is among the certificates set aside are judged without it, and the gateway may accept or refuse them differently.',
    *check(context) {
        for (const truststore of context.chains.truststores) {
            for (const { count, firstIgnored } of truststore.crowded.values()) {
                const { file, object } = firstIgnored;
                yield {
                    message: `${count} certificates of the truststore share the subject of ${(0,rule/* nameOf */.Vb)(object.certificate)}; path building considers the first ${chain_truststore/* MAX_SAME_NAME_CERTIFICATES */.D} as issuers and sets this one and the ${count - chain_truststore/* MAX_SAME_NAME_CERTIFICATES */.D - 1} after it aside.`,
                    file: file.path,
                    line: object.line,
                    endLine: object.endLine,
                    certificate: object.certificate,
                };
            }
        }
    },
};

// EXTERNAL MODULE: ./src/rules/discovery-rule.ts
var discovery_rule = __nccwpck_require__(2904);
;// CONCATENATED MODULE: ./src/rules/definitions/infrastructure-not-understood.ts

const infrastructureNotUnderstood = {
    id: 'infrastructure-not-understood',
    defaultSeverity: 'warning',
    title: 'Infrastructure code that discovery could not follow',
    description: 'Without `truststore:` settings, the check finds its targets in the infrastructure code (Terraform, CloudFormation and SAM, AWS CDK, Kubernetes ingress-nginx). Where that code has a syntax error, a value known only at deploy time (a variable without default, a computed key), a remote module, or a file over the size limits, discovery says so here, on the line concerned, instead of guessing: a truststore configured there is not checked. A remote module is a notice.',
    remedy: 'Fix the syntax error, give the variable a default or a terraform.tfvars value, or list the truststore explicitly under `truststore:` (or `targets:`) in .truststore-check.yml; `truststore-check --list-targets` shows what discovery found and why.',
    appliesTo: () => ({}),
    consequence: () => 'None at the gateway; a truststore configured there is not known to this check.',
    check: (context) => (0,discovery_rule/* discoveryFindings */.t)(context, 'infrastructure-not-understood'),
};

;// CONCATENATED MODULE: ./src/rules/definitions/infrastructure-outside-repository.ts

const infrastructureOutsideRepository = {
    id: 'infrastructure-outside-repository',
    defaultSeverity: 'error',
    title: 'Infrastructure code that names a file outside the repository',
    description: "A module source, an uploaded `source`, `file()` or an asset path leads outside the folder checked (an absolute path, `..` past the root). Discovery never reads it: a pull request controls these strings, and the runner's files are not the repository's. The truststore behind it is not checked.",
    remedy: "Keep the truststore and the modules that configure it inside the repository, or run the check from a folder that contains both (`working-directory`, the CLI's root argument).",
    appliesTo: () => ({}),
    consequence: () => 'Unknown: the file the gateway would receive is not the one checked.',
    check: (context) => (0,discovery_rule/* discoveryFindings */.t)(context, 'infrastructure-outside-repository'),
};

;// CONCATENATED MODULE: ./src/rules/definitions/infrastructure-target-removed.ts

const infrastructureTargetRemoved = {
    id: 'infrastructure-target-removed',
    defaultSeverity: 'warning',
    title: 'A change removes a truststore from the infrastructure code',
    description: "In a change review, a gateway resource that configured a truststore at the base commit is gone from the change, or discovery no longer understands it. The change is still judged against the base's targets too, so removing a truststore from discovery does not remove it from the check; this finding makes the removal visible to the reviewer.",
    remedy: 'If the gateway is being retired, nothing to fix: review it as such. If the resource moved or was renamed, check that the new one configures the same truststore (`truststore-check --list-targets`).',
    appliesTo: () => ({}),
    consequence: () => 'Once applied, the gateway resource is destroyed or no longer configured from this repository.',
    check: (context) => (0,discovery_rule/* discoveryFindings */.t)(context, 'infrastructure-target-removed'),
};

;// CONCATENATED MODULE: ./src/rules/definitions/truststore-not-uploaded.ts

const truststoreNotUploaded = {
    id: 'truststore-not-uploaded',
    defaultSeverity: 'notice',
    title: 'A truststore that no infrastructure code uploads',
    description: 'The configuration names a truststore file, and the repository has infrastructure code, but nothing in it uploads that file to a gateway. It may be deployed some other way (a script, a console upload), or it may be a stale copy that nothing serves: the check passes on a file the gateway never sees.',
    remedy: 'If the gateway gets the file some other way, nothing to do (turn the rule off under `rules:`); otherwise point the infrastructure code at it, or remove it from the configuration.',
    appliesTo: () => ({}),
    consequence: () => 'None by itself: what the gateway serves is not known to come from this file.',
    check: (context) => (0,discovery_rule/* discoveryFindings */.t)(context, 'truststore-not-uploaded'),
};

;// CONCATENATED MODULE: ./src/rules/definitions/truststore-source-missing.ts

const truststoreSourceMissing = {
    id: 'truststore-source-missing',
    defaultSeverity: 'error',
    title: 'Infrastructure code uploads a truststore file that does not exist',
    description: 'An `aws_s3_object` `source`, a `file()`, a CDK asset or a kustomize `secretGenerator` names a truststore or CRL file that is not in the repository (renamed, moved or deleted). Terraform fails to plan, CDK to synthesize, kustomize to build: the deploy stops, or, where the file is looked for elsewhere, uploads something nobody checked.',
    remedy: "Point the infrastructure code at the file's new path, or restore the file.",
    appliesTo: () => ({}),
    consequence: () => 'The deploy fails before it reaches the gateway, which keeps its old truststore.',
    check: (context) => (0,discovery_rule/* discoveryFindings */.t)(context, 'truststore-source-missing'),
};

// EXTERNAL MODULE: ./src/rules/definitions/truststore-version-pinned.ts
var truststore_version_pinned = __nccwpck_require__(8417);
;// CONCATENATED MODULE: ./src/rules/internal-error.ts

/** Not a check of its own: the framework reports a crashed check under this id, so nothing is lost silently. */
const internalErrorRule = {
    id: rule/* INTERNAL_ERROR_RULE_ID */.YV,
    defaultSeverity: 'error',
    mandatory: true,
    title: 'A check failed unexpectedly',
    description: 'A check threw on this file or certificate. The other checks still ran and their findings are reported; this one could not be completed, so the file is not known to be good.',
    remedy: 'Report it with the file (certificates only, never keys). It cannot be suppressed: a check that crashed could be hiding anything.',
    appliesTo: () => ({}),
    consequence: () => 'Unknown: the file could not be fully checked.',
};

;// CONCATENATED MODULE: ./src/rules/registry.ts





















































/** Every rule, in the order reports list them: file and certificate problems first, then chains. */
const RULES = [
    fileNotRead,
    fileSkipped,
    workLimitReached,
    configuration_change_deferred/* configurationChangeDeferred */.w,
    infrastructureNotUnderstood,
    infrastructureOutsideRepository,
    truststoreSourceMissing,
    infrastructureTargetRemoved,
    truststore_version_pinned/* truststoreVersionPinned */.c,
    truststoreNotUploaded,
    malformedCertificate,
    fileNotLoadable,
    readersDisagree,
    invalid_certificate_extension/* invalidCertificateExtension */.Q,
    unparseable_certificate/* unparseableCertificate */.C,
    insecure_signature_algorithm/* insecureSignatureAlgorithm */.O,
    weak_key/* weakKey */._Q,
    unsupported_key_type/* unsupportedKeyType */.L,
    certificate_expired/* certificateExpired */.V,
    certificate_not_yet_valid/* certificateNotYetValid */.F,
    certificateExpiringSoon,
    unhandled_critical_extension/* unhandledCriticalExtension */.w,
    privateKeyInRepository,
    keyMismatch,
    client_not_end_entity/* clientNotEndEntity */.H,
    client_certificate_is_ca/* clientCertificateIsCa */.x,
    truststoreTooManyCertificates,
    truststoreTooLarge,
    truststoreCertificateTooLarge,
    caNamesTooLarge,
    truststoreFormat,
    truststoreRootCount,
    duplicateCertificate,
    notACaCertificate,
    incomplete_chain/* incompleteChain */.W,
    issuer_not_found/* issuerNotFound */.RM,
    self_signed_certificate/* selfSignedCertificate */.y,
    chain_signature_invalid/* chainSignatureInvalid */.f,
    issuer_not_ca/* issuerNotCa */.z,
    path_length_exceeded/* pathLengthExceeded */.n,
    name_constraints_violated/* nameConstraintsViolated */.e,
    chain_too_long/* chainTooLong */.y,
    client_auth_not_permitted/* clientAuthNotPermitted */.X,
    crlMalformed,
    crlQuota,
    crl_issuer_not_in_truststore/* crlIssuerNotInTruststore */.Q,
    crl_unusable/* crlUnusable */.B,
    crl_expired/* crlExpired */.Z,
    crlExpiringSoon,
    crl_missing_for_ca/* crlMissingForCa */.t,
    client_certificate_revoked/* clientCertificateRevoked */.r,
    revocationNotSupported,
    internalErrorRule,
];
const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));
if (BY_ID.size !== RULES.length)
    throw new Error('duplicate rule id in the registry');
function findRule(id) {
    return BY_ID.get(id);
}


/***/ }),

/***/ 281:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Vb: () => (/* binding */ nameOf),
/* harmony export */   WB: () => (/* binding */ internalError),
/* harmony export */   YV: () => (/* binding */ INTERNAL_ERROR_RULE_ID),
/* harmony export */   l4: () => (/* binding */ certificateConsequence),
/* harmony export */   mH: () => (/* binding */ ruleSource),
/* harmony export */   n7: () => (/* binding */ loggedRefusal),
/* harmony export */   td: () => (/* binding */ badBundleCertificate),
/* harmony export */   vu: () => (/* binding */ eachCertificate),
/* harmony export */   x5: () => (/* binding */ refusal)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _inventory_client_file_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(228);
/* harmony import */ var _inventory_files_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1083);
/* harmony import */ var _profiles_profile_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4713);
/* harmony import */ var _chain_verify_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(54);
/* harmony import */ var _text_shorten_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(6942);






/** Where a rule's behaviour comes from under a profile, for documentation: the evidence, or the tool's own principle. */
function ruleSource(rule, profile) {
    const application = rule.appliesTo(profile);
    if (!application)
        return `Not part of the ${profile.id} profile.`;
    if (!application.evidence)
        return 'truststore-check: a problem in the repository itself, whatever the gateway.';
    return `${application.evidence.source} (${_profiles_profile_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIDENCE_WORDS */ .n[application.evidence.confidence]})`;
}
const INTERNAL_ERROR_RULE_ID = 'internal-error';
function internalError(file, line, endLine, what, error) {
    return {
        ruleId: INTERNAL_ERROR_RULE_ID,
        message: `Internal error while ${what}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .U)(error)}. The other checks still ran; please report this with the file.`,
        file,
        line,
        endLine,
    };
}
/**
 * Runs `check` on every certificate of the chosen files. A throw from one
 * certificate becomes an internal-error finding on it; the rest still run.
 */
function* eachCertificate(context, check, roles = _inventory_files_js__WEBPACK_IMPORTED_MODULE_2__/* .CERTIFICATE_FILE_ROLES */ .Vq) {
    for (const file of context.inventory.files) {
        if (!roles.includes(file.role))
            continue;
        for (const object of file.objects) {
            if (object.kind !== 'certificate')
                continue;
            const at = (message) => ({
                message,
                file: file.path,
                line: object.line,
                endLine: object.endLine,
                certificate: object.certificate,
            });
            try {
                const result = check({ file, object, certificate: object.certificate, role: (0,_inventory_client_file_js__WEBPACK_IMPORTED_MODULE_1__/* .roleOf */ .kp)(file, object), at });
                if (result === undefined)
                    continue;
                if ('message' in result)
                    yield result;
                else
                    yield* result;
            }
            catch (error) {
                yield internalError(file.path, object.line, object.endLine, `checking ${object.certificate.subject.text}`, error);
            }
        }
    }
}
function nameOf(certificate) {
    return certificate.subject.isEmpty ? '(empty subject)' : (0,_text_shorten_js__WEBPACK_IMPORTED_MODULE_5__/* .shorten */ .m)(certificate.subject.text);
}
/**
 * What the gateway logs for a refused client: from the errors its OpenSSL
 * reported on the client's chain where the profile says how it logs them,
 * otherwise undefined.
 */
function loggedRefusal(profile, chain) {
    const { verifyErrorLog, verifierErrorLog } = profile.wording;
    if (verifierErrorLog && chain.verifierError)
        return verifierErrorLog.template.replace('{error}', chain.verifierError);
    return verifyErrorLog && chain.verifyErrors ? (0,_chain_verify_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .loggedVerifyError */ .Av)(verifyErrorLog, chain.verifyErrors) : undefined;
}
/**
 * How the gateway refuses a client for this reason: `403 Forbidden, logged as
 * "Access denied. Reason: ..."`. Given the client's chain, the logged line is
 * the one the gateway writes for that chain, where the profile models it.
 */
function refusal(profile, reason, chain) {
    const logged = (chain && loggedRefusal(profile, chain)) ?? (reason ? profile.wording.reasons[reason] : undefined);
    return logged ? `${profile.wording.refusal}, logged as "${logged}"` : profile.wording.refusal;
}
/** What the gateway does with a bundle that holds a certificate it does not accept, by the profile's phase. */
function badBundleCertificate(profile) {
    const { wording } = profile;
    switch (profile.bundle.badCertificate.phase) {
        case 'upload':
            return `${wording.uploadRefusal}.`;
        case 'upload-warning':
            return `${wording.uploadWarning}.`;
        case 'runtime':
            return `${wording.gateway} loads the bundle and fails only the clients that need the certificate.`;
    }
}
/**
 * What the gateway does about a certificate it does not accept, by where the
 * certificate is: in the bundle (refused at upload, or a warning and then its
 * clients refused), a client's own (refused), or one the client sends.
 */
function certificateConsequence(profile, role, reason, usedBy = 'clients whose chain uses it') {
    const { wording } = profile;
    if (role === 'truststore') {
        const phase = profile.bundle.badCertificate.phase;
        if (phase === 'upload')
            return `${wording.uploadRefusal}.`;
        if (phase === 'upload-warning')
            return `${wording.uploadWarning}; ${usedBy} get ${refusal(profile, reason)}.`;
        return `${usedBy[0].toUpperCase()}${usedBy.slice(1)} get ${refusal(profile, reason)}.`;
    }
    if (role === 'client')
        return `The client gets ${refusal(profile, reason)}.`;
    return profile.chain.issuers === 'truststore'
        ? `${wording.gateway} takes issuers only from the truststore and ignores this certificate the client sends.`
        : `${wording.gateway} uses it only if it lies on the client's chain; when it does, the client's own finding says so.`;
}


/***/ }),

/***/ 8244:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ shellQuote)
/* harmony export */ });
/**
 * A value as one word for a POSIX shell: file names come from the pull
 * request, and a reviewer may paste the command.
 */
function shellQuote(value) {
    return /^[A-Za-z0-9_./:=@%+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}


/***/ }),

/***/ 6942:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ shorten)
/* harmony export */ });
/* unused harmony export MAX_NAME_IN_MESSAGE */
/** Names in messages are cut here: a subject of thousands of RDNs must not become a 60 KB message. */
const MAX_NAME_IN_MESSAGE = 200;
function shorten(text, limit = MAX_NAME_IN_MESSAGE) {
    return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}


/***/ }),

/***/ 9834:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ formatDate),
/* harmony export */   s: () => (/* binding */ DAY_MS)
/* harmony export */ });
const DAY_MS = 24 * 60 * 60 * 1000;
/** `2027-03-01 12:00:00 UTC`: unambiguous in every report. */
function formatDate(date) {
    return `${date
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d{3}Z$/, '')} UTC`;
}


/***/ }),

/***/ 5952:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ce: () => (/* binding */ signatureFitsKey),
/* harmony export */   Cy: () => (/* binding */ RSASSA_PSS_OID),
/* harmony export */   H1: () => (/* binding */ CURVES),
/* harmony export */   LU: () => (/* binding */ HASH_OIDS),
/* harmony export */   NB: () => (/* binding */ KEY_USAGE_NAMES),
/* harmony export */   bB: () => (/* binding */ ALL_HASHES),
/* harmony export */   dA: () => (/* binding */ EXTENDED_KEY_USAGES),
/* harmony export */   dx: () => (/* binding */ describeSignatureAlgorithm),
/* harmony export */   fw: () => (/* binding */ SHA256_OR_STRONGER),
/* harmony export */   uz: () => (/* binding */ KEY_ALGORITHM_OIDS)
/* harmony export */ });
/** Object identifiers for the algorithms that appear in certificates, and what they mean to a gateway. */
/** Every hash of SHA-256 strength or more: what "SHA-256 or stronger" accepts. */
const SHA256_OR_STRONGER = [
    'SHA-256',
    'SHA-384',
    'SHA-512',
    'SHA-512/256',
    'SHA3-256',
    'SHA3-384',
    'SHA3-512',
];
/** Every hash a certificate can name. */
const ALL_HASHES = [
    'MD2',
    'MD4',
    'MD5',
    'SHA-1',
    'SHA-224',
    'SHA-512/224',
    ...SHA256_OR_STRONGER,
];
const SIGNATURES = {
    '1.2.840.113549.1.1.2': { name: 'md2WithRSAEncryption', family: 'RSA', hash: 'MD2' },
    '1.2.840.113549.1.1.3': { name: 'md4WithRSAEncryption', family: 'RSA', hash: 'MD4' },
    '1.2.840.113549.1.1.4': { name: 'md5WithRSAEncryption', family: 'RSA', hash: 'MD5' },
    '1.2.840.113549.1.1.5': { name: 'sha1WithRSAEncryption', family: 'RSA', hash: 'SHA-1' },
    '1.3.14.3.2.29': { name: 'sha1WithRSASignature (OIW)', family: 'RSA', hash: 'SHA-1' },
    '1.2.840.113549.1.1.14': { name: 'sha224WithRSAEncryption', family: 'RSA', hash: 'SHA-224' },
    '1.2.840.113549.1.1.11': { name: 'sha256WithRSAEncryption', family: 'RSA', hash: 'SHA-256' },
    '1.2.840.113549.1.1.12': { name: 'sha384WithRSAEncryption', family: 'RSA', hash: 'SHA-384' },
    '1.2.840.113549.1.1.13': { name: 'sha512WithRSAEncryption', family: 'RSA', hash: 'SHA-512' },
    '1.2.840.113549.1.1.15': { name: 'sha512-224WithRSAEncryption', family: 'RSA', hash: 'SHA-512/224' },
    '1.2.840.113549.1.1.16': { name: 'sha512-256WithRSAEncryption', family: 'RSA', hash: 'SHA-512/256' },
    '2.16.840.1.101.3.4.3.14': { name: 'id-rsassa-pkcs1-v1_5-with-sha3-256', family: 'RSA', hash: 'SHA3-256' },
    '2.16.840.1.101.3.4.3.15': { name: 'id-rsassa-pkcs1-v1_5-with-sha3-384', family: 'RSA', hash: 'SHA3-384' },
    '2.16.840.1.101.3.4.3.16': { name: 'id-rsassa-pkcs1-v1_5-with-sha3-512', family: 'RSA', hash: 'SHA3-512' },
    '1.2.840.10045.4.1': { name: 'ecdsa-with-SHA1', family: 'ECDSA', hash: 'SHA-1' },
    '1.2.840.10045.4.3.1': { name: 'ecdsa-with-SHA224', family: 'ECDSA', hash: 'SHA-224' },
    '1.2.840.10045.4.3.2': { name: 'ecdsa-with-SHA256', family: 'ECDSA', hash: 'SHA-256' },
    '1.2.840.10045.4.3.3': { name: 'ecdsa-with-SHA384', family: 'ECDSA', hash: 'SHA-384' },
    '1.2.840.10045.4.3.4': { name: 'ecdsa-with-SHA512', family: 'ECDSA', hash: 'SHA-512' },
    '2.16.840.1.101.3.4.3.10': { name: 'id-ecdsa-with-sha3-256', family: 'ECDSA', hash: 'SHA3-256' },
    '2.16.840.1.101.3.4.3.11': { name: 'id-ecdsa-with-sha3-384', family: 'ECDSA', hash: 'SHA3-384' },
    '2.16.840.1.101.3.4.3.12': { name: 'id-ecdsa-with-sha3-512', family: 'ECDSA', hash: 'SHA3-512' },
    '1.2.840.10040.4.3': { name: 'dsa-with-SHA1', family: 'DSA', hash: 'SHA-1' },
    '2.16.840.1.101.3.4.3.1': { name: 'dsa-with-SHA224', family: 'DSA', hash: 'SHA-224' },
    '2.16.840.1.101.3.4.3.2': { name: 'dsa-with-SHA256', family: 'DSA', hash: 'SHA-256' },
    '1.3.101.112': { name: 'Ed25519', family: 'Ed25519' },
    '1.3.101.113': { name: 'Ed448', family: 'Ed448' },
};
const RSASSA_PSS_OID = '1.2.840.113549.1.1.10';
const HASH_OIDS = {
    '1.2.840.113549.2.2': 'MD2',
    '1.2.840.113549.2.4': 'MD4',
    '1.2.840.113549.2.5': 'MD5',
    '1.3.14.3.2.26': 'SHA-1',
    '2.16.840.1.101.3.4.2.4': 'SHA-224',
    '2.16.840.1.101.3.4.2.1': 'SHA-256',
    '2.16.840.1.101.3.4.2.2': 'SHA-384',
    '2.16.840.1.101.3.4.2.3': 'SHA-512',
    '2.16.840.1.101.3.4.2.5': 'SHA-512/224',
    '2.16.840.1.101.3.4.2.6': 'SHA-512/256',
    '2.16.840.1.101.3.4.2.8': 'SHA3-256',
    '2.16.840.1.101.3.4.2.9': 'SHA3-384',
    '2.16.840.1.101.3.4.2.10': 'SHA3-512',
};
function describeSignatureAlgorithm(oid, pssHash) {
    if (oid === RSASSA_PSS_OID) {
        // RFC 4055: an absent hashAlgorithm in the PSS parameters means SHA-1.
        const hash = pssHash ?? 'SHA-1';
        return { oid, name: `RSASSA-PSS (${hash})`, family: 'RSA-PSS', hash };
    }
    const known = SIGNATURES[oid];
    if (known)
        return { oid, ...known };
    if (oid.startsWith('1.2.643.'))
        return { oid, name: `GOST (${oid})`, family: 'other' };
    return { oid, name: `unknown (${oid})`, family: 'other' };
}
/**
 * Whether a key of this type can have made a signature of this algorithm, as
 * OpenSSL's check_sig_alg_match decides when it looks for an issuer: an RSA
 * key signs PKCS#1 and PSS, an RSA-PSS key only PSS; unknown algorithms fit nothing.
 */
function signatureFitsKey(signature, key) {
    switch (signature.family) {
        case 'RSA':
            return key === 'RSA';
        case 'RSA-PSS':
            return key === 'RSA' || key === 'RSA-PSS';
        case 'ECDSA':
            return key === 'EC';
        case 'DSA':
        case 'Ed25519':
        case 'Ed448':
            return key === signature.family;
        case 'other':
            return false;
    }
}
const KEY_ALGORITHM_OIDS = {
    '1.2.840.113549.1.1.1': 'RSA',
    '1.2.840.113549.1.1.10': 'RSA-PSS',
    '1.2.840.10045.2.1': 'EC',
    '1.2.840.10040.4.1': 'DSA',
    '1.3.101.112': 'Ed25519',
    '1.3.101.113': 'Ed448',
    '1.3.101.110': 'X25519',
    '1.3.101.111': 'X448',
};
const CURVES = {
    '1.2.840.10045.3.1.1': { name: 'P-192', bits: 192 },
    '1.3.132.0.33': { name: 'P-224', bits: 224 },
    '1.2.840.10045.3.1.7': { name: 'P-256', bits: 256 },
    '1.3.132.0.34': { name: 'P-384', bits: 384 },
    '1.3.132.0.35': { name: 'P-521', bits: 521 },
    '1.3.132.0.10': { name: 'secp256k1', bits: 256 },
    '1.3.132.0.31': { name: 'secp192k1', bits: 192 },
    '1.3.132.0.32': { name: 'secp224k1', bits: 224 },
    '1.3.132.0.8': { name: 'secp160r1', bits: 160 },
    '1.3.132.0.9': { name: 'secp160k1', bits: 160 },
    '1.3.132.0.30': { name: 'secp160r2', bits: 160 },
    '1.3.132.0.6': { name: 'secp112r1', bits: 112 },
    '1.3.132.0.28': { name: 'secp128r1', bits: 128 },
    '1.3.36.3.3.2.8.1.1.1': { name: 'brainpoolP160r1', bits: 160 },
    '1.3.36.3.3.2.8.1.1.3': { name: 'brainpoolP192r1', bits: 192 },
    '1.3.36.3.3.2.8.1.1.5': { name: 'brainpoolP224r1', bits: 224 },
    '1.3.36.3.3.2.8.1.1.7': { name: 'brainpoolP256r1', bits: 256 },
    '1.3.36.3.3.2.8.1.1.9': { name: 'brainpoolP320r1', bits: 320 },
    '1.3.36.3.3.2.8.1.1.11': { name: 'brainpoolP384r1', bits: 384 },
    '1.3.36.3.3.2.8.1.1.13': { name: 'brainpoolP512r1', bits: 512 },
    '1.3.132.0.1': { name: 'sect163k1', bits: 163 },
    '1.3.132.0.15': { name: 'sect163r2', bits: 163 },
    '1.3.132.0.26': { name: 'sect233k1', bits: 233 },
    '1.3.132.0.27': { name: 'sect233r1', bits: 233 },
    '1.3.132.0.16': { name: 'sect283k1', bits: 283 },
    '1.3.132.0.17': { name: 'sect283r1', bits: 283 },
    '1.3.132.0.36': { name: 'sect409k1', bits: 409 },
    '1.3.132.0.37': { name: 'sect409r1', bits: 409 },
    '1.3.132.0.38': { name: 'sect571k1', bits: 571 },
    '1.3.132.0.39': { name: 'sect571r1', bits: 571 },
    '1.2.156.10197.1.301': { name: 'SM2', bits: 256 },
};
const EXTENDED_KEY_USAGES = {
    '1.3.6.1.5.5.7.3.1': 'serverAuth',
    '1.3.6.1.5.5.7.3.2': 'clientAuth',
    '1.3.6.1.5.5.7.3.3': 'codeSigning',
    '1.3.6.1.5.5.7.3.4': 'emailProtection',
    '1.3.6.1.5.5.7.3.8': 'timeStamping',
    '1.3.6.1.5.5.7.3.9': 'OCSPSigning',
    '2.5.29.37.0': 'anyExtendedKeyUsage',
};
const KEY_USAGE_NAMES = [
    'digitalSignature',
    'nonRepudiation',
    'keyEncipherment',
    'dataEncipherment',
    'keyAgreement',
    'keyCertSign',
    'cRLSign',
    'encipherOnly',
    'decipherOnly',
];


/***/ }),

/***/ 9893:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  QS: () => (/* binding */ authorityKeyMatches),
  uV: () => (/* binding */ formatFingerprint),
  hB: () => (/* binding */ parseCertificate),
  Pq: () => (/* binding */ parseSignatureAlgorithm)
});

// UNUSED EXPORTS: isCertificateAuthority, parsePublicKey

// EXTERNAL MODULE: ./src/x509/der.ts
var x509_der = __nccwpck_require__(6959);
// EXTERNAL MODULE: ./src/x509/algorithms.ts
var algorithms = __nccwpck_require__(5952);
;// CONCATENATED MODULE: ./src/x509/openssl-encoding.ts

/**
 * The certificate as OpenSSL writes it back (i2d_X509), which is what its
 * fingerprint, `crl2pkcs7` and a chain's identity are made of: the signed
 * part as read, around it lengths in their shortest form, the algorithm's
 * NULL as `05 00`, the signature's unused bits cleared. For a DER
 * certificate these are its own bytes.
 */
function opensslEncoding(outer, tbs, algorithm, signature) {
    const parts = algorithm.tag === x509_der/* Tag */.vw.SEQUENCE ? (0,x509_der/* children */.Y_)(algorithm) : [];
    const unused = signature.end > signature.contentStart ? outer.source[signature.contentStart] : 0;
    const lastByte = signature.end - signature.contentStart > 1 ? outer.source[signature.end - 1] : 0;
    const canonical = hasMinimalLength(outer) &&
        hasMinimalLength(algorithm) &&
        hasMinimalLength(signature) &&
        parts.every((part) => hasMinimalLength(part) && (part.tag !== x509_der/* Tag */.vw.NULL || part.end === part.contentStart)) &&
        (lastByte & ((1 << unused) - 1)) === 0;
    if (canonical)
        return (0,x509_der/* whole */.WQ)(outer);
    const algorithmParts = parts.map((part) => part.tag & 0x20 ? (0,x509_der/* whole */.WQ)(part) : part.tag === x509_der/* Tag */.vw.NULL ? encodeNode(x509_der/* Tag */.vw.NULL) : encodeNode(part.tag, (0,x509_der/* content */.Qs)(part)));
    const bits = Uint8Array.from((0,x509_der/* content */.Qs)(signature));
    if (bits.length > 1 && unused < 8)
        bits[bits.length - 1] &= 0xff << unused;
    return encodeNode(x509_der/* Tag */.vw.SEQUENCE, (0,x509_der/* whole */.WQ)(tbs), encodeNode(x509_der/* Tag */.vw.SEQUENCE, ...algorithmParts), encodeNode(x509_der/* Tag */.vw.BIT_STRING, bits));
}
/** A DER length in its shortest form. */
function encodeLength(length) {
    if (length < 0x80)
        return [length];
    const bytes = [];
    for (let rest = length; rest > 0; rest = Math.floor(rest / 256))
        bytes.unshift(rest % 256);
    return [0x80 | bytes.length, ...bytes];
}
/** A TLV with its length in the shortest form. */
function encodeNode(tag, ...contents) {
    const length = contents.reduce((sum, part) => sum + part.length, 0);
    return Buffer.concat([Uint8Array.from([tag, ...encodeLength(length)]), ...contents]);
}
/** Whether a node's own length field is in its shortest form. */
function hasMinimalLength(node) {
    const lengthBytes = node.contentStart - node.start - 1;
    return lengthBytes === 1 || (node.end - node.contentStart >= 0x80 && node.source[node.start + 2] !== 0);
}

// EXTERNAL MODULE: ./src/x509/general-names.ts
var general_names = __nccwpck_require__(1693);
// EXTERNAL MODULE: ./src/x509/distribution-points.ts
var distribution_points = __nccwpck_require__(7014);
;// CONCATENATED MODULE: ./src/x509/extensions.ts




/** A GeneralSubtree: its base, and whether minimum and maximum are as RFC 5280 requires (minimum 0 or absent, no maximum). */
function parseSubtree(node) {
    const [base, ...bounds] = (0,x509_der/* children */.Y_)((0,x509_der/* expectTag */.yi)(node, x509_der/* Tag */.vw.SEQUENCE, 'GeneralSubtree'));
    if (!base)
        throw new x509_der/* DerError */.I4('GeneralSubtree without a base', node.start);
    const minMaxValid = bounds.every((bound) => bound.tag === 0x80 && (0,x509_der/* content */.Qs)(bound).every((byte) => byte === 0));
    return { base: (0,general_names/* parseGeneralName */.Z$)(base), minMaxValid };
}
/** The extensions OpenSSL knows and what the checks read from each: one row each. */
const EXTENSION_KINDS = [
    {
        oid: '2.5.29.19',
        name: 'basicConstraints',
        handledWhenCritical: true,
        read({ value, critical, into }) {
            const [first, second] = (0,x509_der/* children */.Y_)((0,x509_der/* expectTag */.yi)(value(), x509_der/* Tag */.vw.SEQUENCE, 'basicConstraints'));
            const ca = first?.tag === x509_der/* Tag */.vw.BOOLEAN ? (0,x509_der/* decodeBoolean */.J2)(first) : false;
            const pathNode = first?.tag === x509_der/* Tag */.vw.INTEGER ? first : second;
            const pathLen = pathNode ? (0,x509_der/* decodeSmallInteger */.gB)(pathNode) : undefined;
            if (pathLen !== undefined && pathLen < 0)
                into.invalid ??= 'its basicConstraints has a negative pathLenConstraint';
            into.basicConstraints = { ca, critical, ...(pathLen !== undefined && pathLen >= 0 ? { pathLen } : {}) };
        },
    },
    {
        oid: '2.5.29.15',
        name: 'keyUsage',
        handledWhenCritical: true,
        read({ value, into }) {
            const flags = (0,x509_der/* bitStringFlags */.EZ)((0,x509_der/* expectTag */.yi)(value(), x509_der/* Tag */.vw.BIT_STRING, 'keyUsage'));
            into.keyUsage = algorithms/* KEY_USAGE_NAMES */.NB.filter((_, bit) => flags[bit]);
            // RFC 5280 §4.2.1.3: at least one bit; OpenSSL reads the first sixteen and marks the certificate invalid otherwise.
            if (!flags.slice(0, 16).some(Boolean))
                into.invalid ??= 'its keyUsage extension has no usage set';
        },
    },
    {
        oid: '2.5.29.37',
        name: 'extKeyUsage',
        handledWhenCritical: true,
        read({ value, into }) {
            into.extendedKeyUsage = (0,x509_der/* children */.Y_)((0,x509_der/* expectTag */.yi)(value(), x509_der/* Tag */.vw.SEQUENCE, 'extKeyUsage')).map((purpose) => {
                const purposeOid = (0,x509_der/* decodeOid */.FK)((0,x509_der/* expectTag */.yi)(purpose, x509_der/* Tag */.vw.OID, 'key purpose'));
                return algorithms/* EXTENDED_KEY_USAGES */.dA[purposeOid] ?? purposeOid;
            });
        },
    },
    {
        oid: '2.16.840.1.113730.1.1',
        name: 'netscape-cert-type',
        handledWhenCritical: true,
        read({ value, into }) {
            const bits = (0,x509_der/* content */.Qs)((0,x509_der/* expectTag */.yi)(value(), x509_der/* Tag */.vw.BIT_STRING, 'netscape certificate type'));
            into.netscapeCertType = bits.length > 1 ? bits[1] : 0;
        },
    },
    {
        oid: '1.3.6.1.5.5.7.1.14',
        name: 'proxyCertInfo',
        handledWhenCritical: true,
        read({ into }) {
            into.invalid ??= 'it is a proxy certificate (RFC 3820), which OpenSSL refuses unless told to allow them';
        },
    },
    {
        oid: '2.5.29.31',
        name: 'cRLDistributionPoints',
        handledWhenCritical: true,
        read({ value, issuer, into }) {
            // An undecodable one, or a point with neither a name nor a cRLIssuer, marks the certificate invalid (setup_dp).
            try {
                into.crlDistributionPoints = (0,distribution_points/* parseDistributionPoints */.R4)(value(), issuer);
            }
            catch (error) {
                if (!(error instanceof x509_der/* DerError */.I4))
                    throw error;
                into.invalid ??=
                    'its cRLDistributionPoints extension cannot be decoded or names a point with neither a name nor a cRLIssuer';
            }
        },
    },
    {
        oid: '2.5.29.14',
        name: 'subjectKeyIdentifier',
        handledWhenCritical: false,
        read({ value, into }) {
            into.subjectKeyId = (0,x509_der/* toHex */.nj)((0,x509_der/* content */.Qs)((0,x509_der/* expectTag */.yi)(value(), x509_der/* Tag */.vw.OCTET_STRING, 'subjectKeyIdentifier')));
        },
    },
    {
        oid: '2.5.29.17',
        name: 'subjectAltName',
        handledWhenCritical: true,
        read({ value, into }) {
            into.subjectAltNames = (0,x509_der/* children */.Y_)((0,x509_der/* expectTag */.yi)(value(), x509_der/* Tag */.vw.SEQUENCE, 'subjectAltName')).map(general_names/* parseGeneralName */.Z$);
        },
    },
    {
        oid: '2.5.29.30',
        name: 'nameConstraints',
        handledWhenCritical: true,
        read({ value, into }) {
            const constraints = { permitted: [], excluded: [] };
            for (const subtrees of (0,x509_der/* children */.Y_)((0,x509_der/* expectTag */.yi)(value(), x509_der/* Tag */.vw.SEQUENCE, 'nameConstraints'))) {
                const parsed = (0,x509_der/* children */.Y_)(subtrees).map(parseSubtree);
                if (subtrees.tag === 0xa0)
                    constraints.permitted.push(...parsed);
                else if (subtrees.tag === 0xa1)
                    constraints.excluded.push(...parsed);
            }
            into.nameConstraints = constraints;
        },
    },
    {
        oid: '2.5.29.35',
        name: 'authorityKeyIdentifier',
        handledWhenCritical: false,
        read({ value, into }) {
            for (const field of (0,x509_der/* children */.Y_)((0,x509_der/* expectTag */.yi)(value(), x509_der/* Tag */.vw.SEQUENCE, 'authorityKeyIdentifier'))) {
                if (field.tag === 0x80)
                    into.authorityKeyId = (0,x509_der/* toHex */.nj)((0,x509_der/* content */.Qs)(field));
                else if (field.tag === 0x82)
                    into.authorityCertSerialNumber = (0,x509_der/* toHex */.nj)((0,x509_der/* content */.Qs)(field));
                else if (field.tag === 0xa1) {
                    // X509_check_akid takes notice of the first directoryName only; other name forms are ignored.
                    const first = (0,x509_der/* children */.Y_)(field)
                        .map(general_names/* parseGeneralName */.Z$)
                        .find((name) => name.type === 'directoryName');
                    if (first?.type === 'directoryName')
                        into.authorityCertIssuer = first.name.key;
                }
            }
        },
    },
    // Processed by OpenSSL when critical; nothing the checks here need from them.
    { oid: '2.5.29.32', name: 'certificatePolicies', handledWhenCritical: true },
    { oid: '1.3.6.1.5.5.7.1.7', name: 'sbgp-ipAddrBlock', handledWhenCritical: true },
    { oid: '1.3.6.1.5.5.7.1.8', name: 'sbgp-autonomousSysNum', handledWhenCritical: true },
    { oid: '1.3.6.1.5.5.7.48.1.5', name: 'OCSP noCheck', handledWhenCritical: true },
    { oid: '2.5.29.36', name: 'policyConstraints', handledWhenCritical: true },
    { oid: '2.5.29.33', name: 'policyMappings', handledWhenCritical: true },
    { oid: '2.5.29.54', name: 'inhibitAnyPolicy', handledWhenCritical: true },
];
const BY_OID = new Map(EXTENSION_KINDS.map((kind) => [kind.oid, kind]));
/** The extensions field ([3] of a TBSCertificate) read as OpenSSL reads it; throws DerError on bad encoding. */
function parseExtensions(node, issuer) {
    const into = { unknownCriticalExtensions: [] };
    if (!node)
        return into;
    const seen = new Set();
    for (const extension of (0,x509_der/* children */.Y_)((0,x509_der/* expectTag */.yi)((0,x509_der/* children */.Y_)(node)[0], x509_der/* Tag */.vw.SEQUENCE, 'Extensions'))) {
        const fields = (0,x509_der/* children */.Y_)((0,x509_der/* expectTag */.yi)(extension, x509_der/* Tag */.vw.SEQUENCE, 'Extension'));
        const oid = (0,x509_der/* decodeOid */.FK)((0,x509_der/* expectTag */.yi)(fields[0], x509_der/* Tag */.vw.OID, 'extension OID'));
        const critical = fields[1]?.tag === x509_der/* Tag */.vw.BOOLEAN ? (0,x509_der/* decodeBoolean */.J2)(fields[1]) : false;
        // OID, an optional BOOLEAN, the OCTET STRING, and nothing else: OpenSSL's X509_EXTENSION template.
        const valueIndex = fields[1]?.tag === x509_der/* Tag */.vw.BOOLEAN ? 2 : 1;
        const valueNode = (0,x509_der/* expectTag */.yi)(fields[valueIndex], x509_der/* Tag */.vw.OCTET_STRING, `extension ${oid} value`);
        if (fields.length > valueIndex + 1)
            throw new x509_der/* DerError */.I4(`extension ${oid} has fields after its value`, extension.start);
        // RFC 5280 §4.2 allows one instance of each extension; OpenSSL refuses certificates with more.
        if (seen.has(oid))
            throw new x509_der/* DerError */.I4(`extension ${oid} appears twice`, extension.start);
        seen.add(oid);
        const kind = BY_OID.get(oid);
        if (critical && !kind?.handledWhenCritical)
            into.unknownCriticalExtensions.push(oid);
        kind?.read?.({ value: () => (0,x509_der/* readNode */.XH)((0,x509_der/* content */.Qs)(valueNode)), critical, issuer, into });
    }
    return into;
}

// EXTERNAL MODULE: ./src/x509/names.ts
var names = __nccwpck_require__(504);
// EXTERNAL MODULE: ./src/x509/sha256.ts
var sha256 = __nccwpck_require__(4565);
;// CONCATENATED MODULE: ./src/x509/certificate.ts






function parseAlgorithmIdentifier(node, what) {
    const [oidNode, parameters] = (0,x509_der/* children */.Y_)((0,x509_der/* expectTag */.yi)(node, x509_der/* Tag */.vw.SEQUENCE, what));
    return { oid: (0,x509_der/* decodeOid */.FK)((0,x509_der/* expectTag */.yi)(oidNode, x509_der/* Tag */.vw.OID, `${what} OID`)), parameters };
}
/** RFC 4055 RSASSA-PSS-params: hashAlgorithm [0] (SHA-1), maskGenAlgorithm [1] (MGF1 with SHA-1), saltLength [2] (20). */
function parsePssParameters(parameters) {
    const result = { hashOid: '1.3.14.3.2.26', mgf1HashOid: '1.3.14.3.2.26', saltLength: 20 };
    if (!parameters || parameters.tag !== x509_der/* Tag */.vw.SEQUENCE)
        return result;
    for (const field of (0,x509_der/* children */.Y_)(parameters)) {
        const inner = (0,x509_der/* children */.Y_)(field)[0];
        if (field.tag === 0xa0)
            result.hashOid = parseAlgorithmIdentifier(inner, 'PSS hash algorithm').oid;
        else if (field.tag === 0xa1) {
            const mgf = parseAlgorithmIdentifier(inner, 'PSS mask generation');
            result.mgf1HashOid = parseAlgorithmIdentifier(mgf.parameters, 'MGF1 hash').oid;
        }
        else if (field.tag === 0xa2)
            result.saltLength = (0,x509_der/* decodeSmallInteger */.gB)((0,x509_der/* expectTag */.yi)(inner, x509_der/* Tag */.vw.INTEGER, 'PSS saltLength'));
    }
    return result;
}
function parseSignatureAlgorithm(node, what) {
    const { oid, parameters } = parseAlgorithmIdentifier(node, what);
    if (oid !== algorithms/* RSASSA_PSS_OID */.Cy)
        return (0,algorithms/* describeSignatureAlgorithm */.dx)(oid);
    const { hashOid, mgf1HashOid, saltLength } = parsePssParameters(parameters);
    const hash = algorithms/* HASH_OIDS */.LU[hashOid];
    const pss = { hash: algorithms/* HASH_OIDS */.LU[hashOid] ?? hashOid, mgf1Hash: algorithms/* HASH_OIDS */.LU[mgf1HashOid] ?? mgf1HashOid, saltLength };
    if (!hash)
        return { oid, name: `RSASSA-PSS (unknown hash ${hashOid})`, family: 'RSA-PSS', pss };
    return { ...(0,algorithms/* describeSignatureAlgorithm */.dx)(oid, hash), pss };
}
function parsePublicKey(spki) {
    const [algorithm, keyBits] = (0,x509_der/* children */.Y_)((0,x509_der/* expectTag */.yi)(spki, x509_der/* Tag */.vw.SEQUENCE, 'SubjectPublicKeyInfo'));
    const { oid, parameters } = parseAlgorithmIdentifier(algorithm, 'public key algorithm');
    const keyBytes = (0,x509_der/* bitStringBytes */.cD)((0,x509_der/* expectTag */.yi)(keyBits, x509_der/* Tag */.vw.BIT_STRING, 'subjectPublicKey'));
    const info = {
        type: algorithms/* KEY_ALGORITHM_OIDS */.uz[oid] ?? (oid.startsWith('1.2.643.') ? 'GOST' : 'unknown'),
        algorithmOid: oid,
        sha256: (0,sha256/* sha256Hex */.f)((0,x509_der/* whole */.WQ)(spki)),
    };
    if (info.type === 'RSA' || info.type === 'RSA-PSS') {
        const rsaKey = (0,x509_der/* readNode */.XH)(keyBytes);
        const [modulus, exponent] = (0,x509_der/* children */.Y_)((0,x509_der/* expectTag */.yi)(rsaKey, x509_der/* Tag */.vw.SEQUENCE, 'RSAPublicKey'));
        info.bits = (0,x509_der/* integerBitLength */.S8)((0,x509_der/* expectTag */.yi)(modulus, x509_der/* Tag */.vw.INTEGER, 'RSA modulus'));
        // A key without a readable exponent is OpenSSL's to refuse (it cannot load it), not the reader's.
        if (exponent?.tag === x509_der/* Tag */.vw.INTEGER)
            info.exponentBits = (0,x509_der/* integerBitLength */.S8)(exponent);
    }
    else if (info.type === 'DSA' && parameters?.tag === x509_der/* Tag */.vw.SEQUENCE) {
        const [prime, subgroup] = (0,x509_der/* children */.Y_)(parameters);
        info.bits = (0,x509_der/* integerBitLength */.S8)((0,x509_der/* expectTag */.yi)(prime, x509_der/* Tag */.vw.INTEGER, 'DSA p'));
        info.subgroupBits = (0,x509_der/* integerBitLength */.S8)((0,x509_der/* expectTag */.yi)(subgroup, x509_der/* Tag */.vw.INTEGER, 'DSA q'));
    }
    else if (info.type === 'EC') {
        if (parameters?.tag === x509_der/* Tag */.vw.OID) {
            const curveOid = (0,x509_der/* decodeOid */.FK)(parameters);
            const curve = algorithms/* CURVES */.H1[curveOid];
            info.curve = curve?.name ?? curveOid;
            if (curve)
                info.bits = curve.bits;
        }
        else {
            info.explicitCurve = true;
        }
    }
    return info;
}
/**
 * What may follow the subjectPublicKeyInfo, in order: issuerUniqueID [1],
 * subjectUniqueID [2], extensions [3]. Anything else, or out of order, is
 * refused, as OpenSSL's template decoder refuses it (d2i_X509 fails).
 */
function optionalTbsFields(rest) {
    const order = [0x81, 0x82, 0xa3];
    let next = 0;
    for (const field of rest) {
        const at = order.indexOf(field.tag, next);
        if (at < 0)
            throw new x509_der/* DerError */.I4(`unexpected field (tag 0x${field.tag.toString(16)}) after subjectPublicKeyInfo`, field.start);
        next = at + 1;
    }
    return { extensions: rest.find((field) => field.tag === 0xa3) };
}
/** DER INTEGERs are minimal: OpenSSL refuses padding (a leading 00 before a byte below 80, or FF before one above). */
function expectMinimalInteger(node) {
    const bytes = (0,x509_der/* content */.Qs)(node);
    if (bytes.length === 0)
        throw new x509_der/* DerError */.I4('empty INTEGER', node.start);
    if (bytes.length > 1 && ((bytes[0] === 0 && bytes[1] < 0x80) || (bytes[0] === 0xff && bytes[1] >= 0x80))) {
        throw new x509_der/* DerError */.I4('INTEGER is not minimally encoded', node.start);
    }
    return node;
}
/**
 * Parses one DER certificate. Throws DerError with a message fit for a
 * finding when the bytes are not a well-formed certificate. OpenSSL does not
 * parse it here (that was half the cost of a check); the fuzz tests hold this
 * reader to refusing what OpenSSL refuses.
 * `allowTrailing` accepts bytes after the certificate (OpenSSL's TRUSTED CERTIFICATE).
 */
function parseCertificate(der, allowTrailing = false) {
    const outer = (0,x509_der/* readNode */.XH)(der);
    if (outer.tag !== x509_der/* Tag */.vw.SEQUENCE)
        throw new x509_der/* DerError */.I4('not a certificate: does not start with a SEQUENCE', 0);
    if (!allowTrailing && outer.end !== der.length) {
        throw new x509_der/* DerError */.I4(`trailing data: ${der.length - outer.end} bytes after the certificate`, outer.end);
    }
    const [tbs, outerAlgorithm, signatureValue] = (0,x509_der/* children */.Y_)(outer);
    (0,x509_der/* expectTag */.yi)(tbs, x509_der/* Tag */.vw.SEQUENCE, 'TBSCertificate');
    (0,x509_der/* expectTag */.yi)(signatureValue, x509_der/* Tag */.vw.BIT_STRING, 'signatureValue');
    const certDer = opensslEncoding(outer, tbs, outerAlgorithm, signatureValue);
    const { pss, ...signatureAlgorithm } = parseSignatureAlgorithm(outerAlgorithm, 'signatureAlgorithm');
    const fields = (0,x509_der/* children */.Y_)(tbs);
    let index = 0;
    let version = 1;
    if (fields[0]?.tag === 0xa0) {
        version = (0,x509_der/* decodeSmallInteger */.gB)((0,x509_der/* expectTag */.yi)((0,x509_der/* children */.Y_)(fields[0])[0], x509_der/* Tag */.vw.INTEGER, 'version')) + 1;
        index = 1;
    }
    const serial = expectMinimalInteger((0,x509_der/* expectTag */.yi)(fields[index++], x509_der/* Tag */.vw.INTEGER, 'serialNumber'));
    const innerAlgorithmNode = fields[index++];
    const innerAlgorithm = parseSignatureAlgorithm(innerAlgorithmNode, 'TBS signature');
    const issuer = (0,names/* parseRecurringName */.Yz)((0,x509_der/* expectTag */.yi)(fields[index++], x509_der/* Tag */.vw.SEQUENCE, 'issuer'), true);
    const [notBeforeNode, notAfterNode] = (0,x509_der/* children */.Y_)((0,x509_der/* expectTag */.yi)(fields[index++], x509_der/* Tag */.vw.SEQUENCE, 'validity'));
    if (!notBeforeNode || !notAfterNode)
        throw new x509_der/* DerError */.I4('validity needs notBefore and notAfter', 0);
    const subject = (0,names/* parseRecurringName */.Yz)((0,x509_der/* expectTag */.yi)(fields[index++], x509_der/* Tag */.vw.SEQUENCE, 'subject'), false);
    const spkiNode = (0,x509_der/* expectTag */.yi)(fields[index++], x509_der/* Tag */.vw.SEQUENCE, 'subjectPublicKeyInfo');
    const publicKey = parsePublicKey(spkiNode);
    const extensions = parseExtensions(optionalTbsFields(fields.slice(index)).extensions, issuer);
    const serialNumber = (0,x509_der/* toHex */.nj)((0,x509_der/* content */.Qs)(serial));
    const selfIssued = subject.key === issuer.key;
    return {
        der: certDer,
        sha256: (0,sha256/* sha256Hex */.f)(certDer),
        version,
        serialNumber,
        subject,
        issuer,
        notBefore: (0,x509_der/* decodeTime */.A4)(notBeforeNode),
        notAfter: (0,x509_der/* decodeTime */.A4)(notAfterNode),
        publicKey,
        signatureAlgorithm,
        signatureAlgorithmsMatch: innerAlgorithmNode !== undefined &&
            outerAlgorithm !== undefined &&
            Buffer.compare((0,x509_der/* whole */.WQ)(innerAlgorithmNode), (0,x509_der/* whole */.WQ)(outerAlgorithm)) === 0 &&
            innerAlgorithm.oid === signatureAlgorithm.oid,
        ...extensions,
        selfIssued,
        selfSigned: selfIssued &&
            authorityKeyMatches(extensions, { issuer, serialNumber, ...extensions }) &&
            (0,algorithms/* signatureFitsKey */.Ce)(signatureAlgorithm, publicKey.type),
        tbs: (0,x509_der/* whole */.WQ)(tbs),
        signature: (0,x509_der/* bitStringBytes */.cD)(signatureValue),
        spki: (0,x509_der/* whole */.WQ)(spkiNode),
        ...(pss ? { pss } : {}),
    };
}
/**
 * The authorityKeyIdentifier of `subject` does not rule `issuer` out, as
 * OpenSSL's X509_check_akid decides it: the key identifier, the serial and
 * the first directoryName must each match where both sides have them.
 */
function authorityKeyMatches(subject, issuer) {
    if (subject.authorityKeyId && issuer.subjectKeyId && subject.authorityKeyId !== issuer.subjectKeyId)
        return false;
    if (subject.authorityCertSerialNumber && subject.authorityCertSerialNumber !== issuer.serialNumber)
        return false;
    if (subject.authorityCertIssuer && subject.authorityCertIssuer !== issuer.issuer.key)
        return false;
    return true;
}
/** Colon-separated form, as `openssl x509 -fingerprint` prints it. */
function formatFingerprint(sha256) {
    return sha256.match(/../g)?.join(':') ?? sha256;
}
function isCertificateAuthority(certificate) {
    return certificate.basicConstraints?.ca === true;
}


/***/ }),

/***/ 2214:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QY: () => (/* binding */ REMOVE_FROM_CRL),
/* harmony export */   jd: () => (/* binding */ readRevocation),
/* harmony export */   nL: () => (/* binding */ indexEntries),
/* harmony export */   wD: () => (/* binding */ minimalStart),
/* harmony export */   yx: () => (/* binding */ serialIndexKey)
/* harmony export */ });
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6959);
/* harmony import */ var _general_names_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1693);
// A CRL's revoked entries, read the way a 50 MB list can be: indexed by serial number in one walk,
// each entry decoded only when a certificate is looked up.


const REASON_CODE = '2.5.29.21';
/** RFC 5280 §5.3.1 reason codes, by their number. */
const REVOCATION_REASONS = [
    'unspecified',
    'keyCompromise',
    'cACompromise',
    'affiliationChanged',
    'superseded',
    'cessationOfOperation',
    'certificateHold',
    'unused (7)',
    'removeFromCRL',
    'privilegeWithdrawn',
    'aACompromise',
];
/** An entry with this reason takes a certificate back off a (delta) CRL: OpenSSL does not count it as revoked. */
const REMOVE_FROM_CRL = 'removeFromCRL';
/** certificateIssuer (2.5.29.29) as DER: entry extensions are compared with it without decoding every OID. */
const CERTIFICATE_ISSUER_DER = [0x06, 0x03, 0x55, 0x1d, 0x1d];
function isCertificateIssuer(source, oid) {
    if (oid.end - oid.start !== CERTIFICATE_ISSUER_DER.length)
        return false;
    return CERTIFICATE_ISSUER_DER.every((byte, i) => source[oid.start + i] === byte);
}
/** The minimal two's-complement encoding of an INTEGER's content: OpenSSL compares serials by value. */
function minimalStart(bytes, start, end) {
    let at = start;
    while (at < end - 1 &&
        ((bytes[at] === 0 && bytes[at + 1] < 0x80) || (bytes[at] === 0xff && bytes[at + 1] >= 0x80))) {
        at++;
    }
    return at;
}
/** A serial number as the index keys it, from its lowercase hex (Certificate.serialNumber). */
function serialIndexKey(hex) {
    const bytes = Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
    return bytes.toString('latin1', minimalStart(bytes, 0, bytes.length), bytes.length);
}
/**
 * Walks the revoked entries once without keeping an object per entry: a
 * 50 MB list becomes one map of serial number to entry offset. Dates and
 * reasons are decoded only for a certificate that is looked up (OpenSSL's
 * d2i checks their tags, not their text, so neither do we here).
 */
function indexEntries(source, revoked) {
    const index = { offsets: new Map(), repeats: new Map(), issuers: new Map(), count: 0 };
    if (!revoked)
        return index;
    let issuerInForce;
    for (let offset = revoked.contentStart; offset < revoked.end;) {
        const entry = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .readNode */ .XH)(source, offset, revoked.end);
        if (entry.tag !== _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.SEQUENCE)
            throw new _der_js__WEBPACK_IMPORTED_MODULE_0__/* .DerError */ .I4('a revoked entry is not a SEQUENCE', entry.start);
        const serial = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .readNode */ .XH)(source, entry.contentStart, entry.end);
        if (serial.tag !== _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.INTEGER || serial.end === serial.contentStart)
            throw new _der_js__WEBPACK_IMPORTED_MODULE_0__/* .DerError */ .I4('a revoked entry without a serial number', entry.start);
        const date = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .readNode */ .XH)(source, serial.end, entry.end);
        if (date.tag !== _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.UTC_TIME && date.tag !== _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.GENERALIZED_TIME)
            throw new _der_js__WEBPACK_IMPORTED_MODULE_0__/* .DerError */ .I4('a revoked entry without a revocation date', date.start);
        if (date.end < entry.end) {
            const extensions = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .readNode */ .XH)(source, date.end, entry.end);
            if (extensions.end !== entry.end || extensions.tag !== _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.SEQUENCE)
                throw new _der_js__WEBPACK_IMPORTED_MODULE_0__/* .DerError */ .I4('malformed crlEntryExtensions', extensions.start);
            for (let at = extensions.contentStart; at < extensions.end;) {
                const extension = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .readNode */ .XH)(source, at, extensions.end);
                const oidNode = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .readNode */ .XH)(source, extension.contentStart, extension.end);
                if (oidNode.tag !== _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.OID)
                    throw new _der_js__WEBPACK_IMPORTED_MODULE_0__/* .DerError */ .I4('an entry extension without an OID', oidNode.start);
                const next = oidNode.end < extension.end ? (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .readNode */ .XH)(source, oidNode.end, extension.end) : undefined;
                const isIssuer = isCertificateIssuer(source, oidNode);
                if (next?.tag === _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.BOOLEAN && source[next.contentStart] !== 0 && !isIssuer)
                    index.unhandledCritical ??= (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeOid */ .FK)(oidNode);
                if (isIssuer) {
                    const fields = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(extension);
                    const names = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .readNode */ .XH)((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .content */ .Qs)((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .expectTag */ .yi)(fields[fields.length - 1], _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.OCTET_STRING, 'certificateIssuer')));
                    issuerInForce = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .expectTag */ .yi)(names, _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.SEQUENCE, 'certificateIssuer')).map(_general_names_js__WEBPACK_IMPORTED_MODULE_1__/* .generalNameKey */ .LC);
                }
                at = extension.end;
            }
        }
        if (issuerInForce)
            index.issuers.set(entry.start, issuerInForce);
        const key = source.toString('latin1', minimalStart(source, serial.contentStart, serial.end), serial.end);
        const seen = index.offsets.get(key);
        if (seen === undefined)
            index.offsets.set(key, entry.start);
        else {
            const repeats = index.repeats.get(key);
            if (repeats)
                repeats.push(entry.start);
            else
                index.repeats.set(key, [entry.start]);
        }
        index.count++;
        offset = entry.end;
    }
    return index;
}
function readRevocation(source, start) {
    const entry = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .readNode */ .XH)(source, start);
    const [, dateNode, extensions] = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(entry);
    let reason;
    for (const extension of extensions ? (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(extensions) : []) {
        const fields = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(extension);
        if ((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeOid */ .FK)(fields[0]) !== REASON_CODE)
            continue;
        try {
            const code = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .content */ .Qs)((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .readNode */ .XH)((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .content */ .Qs)(fields[fields.length - 1])))[0] ?? 0;
            reason = REVOCATION_REASONS[code] ?? `reason ${code}`;
        }
        catch (error) {
            if (!(error instanceof _der_js__WEBPACK_IMPORTED_MODULE_0__/* .DerError */ .I4))
                throw error;
            reason = 'an undecodable reason';
        }
    }
    return { date: (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeTime */ .A4)(dateNode), ...(reason ? { reason } : {}) };
}


/***/ }),

/***/ 6959:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ decodeTime),
/* harmony export */   EZ: () => (/* binding */ bitStringFlags),
/* harmony export */   FC: () => (/* binding */ rethrowUnlessDerError),
/* harmony export */   FK: () => (/* binding */ decodeOid),
/* harmony export */   I4: () => (/* binding */ DerError),
/* harmony export */   J2: () => (/* binding */ decodeBoolean),
/* harmony export */   Qs: () => (/* binding */ content),
/* harmony export */   S8: () => (/* binding */ integerBitLength),
/* harmony export */   WQ: () => (/* binding */ whole),
/* harmony export */   XH: () => (/* binding */ readNode),
/* harmony export */   Y_: () => (/* binding */ children),
/* harmony export */   cD: () => (/* binding */ bitStringBytes),
/* harmony export */   gB: () => (/* binding */ decodeSmallInteger),
/* harmony export */   nj: () => (/* binding */ toHex),
/* harmony export */   sc: () => (/* binding */ decodeString),
/* harmony export */   vw: () => (/* binding */ Tag),
/* harmony export */   yi: () => (/* binding */ expectTag)
/* harmony export */ });
/**
 * A small DER reader: just enough to walk a certificate, a CRL or a key. It
 * refuses what OpenSSL's parser refuses (truncated lengths, trailing bytes,
 * BIT STRINGs with more than 7 unused bits, non-minimal serial numbers) and,
 * like OpenSSL, reads a long-form or zero-padded length and any non-zero
 * BOOLEAN byte: a gateway accepts those certificates, so a finding about
 * them would be wrong. One deliberate difference: an indefinite (BER)
 * length, which OpenSSL reads, is refused; DER forbids it, no CA emits it,
 * and a block that needs it is one to re-encode before upload.
 *
 * node:crypto parses certificates fast but, on Node 20, exposes neither the
 * signature algorithm nor basicConstraints, keyUsage or key identifiers; the
 * JavaScript ASN.1 libraries expose them but are ~10x slower and report
 * malformed input vaguely. Walking the few fields we need ourselves keeps the
 * hot path fast and lets a malformed block say exactly what is wrong.
 */
class DerError extends Error {
    offset;
    constructor(message, offset) {
        super(`${message} at byte ${offset}`);
        this.offset = offset;
        this.name = 'DerError';
    }
}
/**
 * For a catch that takes a parse failure for a verdict on the bytes: a
 * DerError is one; anything else is a bug in the parser, and goes on up
 * (to be reported as an internal error, never as a malformed file).
 */
function rethrowUnlessDerError(error) {
    if (!(error instanceof DerError))
        throw error;
}
const Tag = {
    BOOLEAN: 0x01,
    INTEGER: 0x02,
    BIT_STRING: 0x03,
    OCTET_STRING: 0x04,
    NULL: 0x05,
    OID: 0x06,
    UTF8_STRING: 0x0c,
    PRINTABLE_STRING: 0x13,
    T61_STRING: 0x14,
    IA5_STRING: 0x16,
    UTC_TIME: 0x17,
    GENERALIZED_TIME: 0x18,
    UNIVERSAL_STRING: 0x1c,
    BMP_STRING: 0x1e,
    SEQUENCE: 0x30,
    SET: 0x31,
};
/** Reads one TLV at `offset`; throws DerError on anything that is not strict DER. */
function readNode(source, offset = 0, limit = source.length) {
    if (offset >= limit)
        throw new DerError('unexpected end of data, expected a tag', offset);
    const tag = source[offset];
    if ((tag & 0x1f) === 0x1f)
        throw new DerError('multi-byte tags are not used in certificates', offset);
    if (offset + 1 >= limit)
        throw new DerError('truncated: missing length', offset);
    let lengthByte = source[offset + 1];
    let contentStart = offset + 2;
    let length;
    if (lengthByte < 0x80) {
        length = lengthByte;
    }
    else {
        lengthByte &= 0x7f;
        if (lengthByte === 0)
            throw new DerError('indefinite length is not allowed in DER', offset);
        if (lengthByte > 4)
            throw new DerError(`length field of ${lengthByte} bytes is too large`, offset);
        if (contentStart + lengthByte > limit)
            throw new DerError('truncated: length field cut short', offset);
        length = 0;
        for (let i = 0; i < lengthByte; i++)
            length = length * 256 + source[contentStart + i];
        contentStart += lengthByte;
    }
    const end = contentStart + length;
    if (end > limit) {
        throw new DerError(`truncated: element declares ${length} bytes but only ${limit - contentStart} remain`, offset);
    }
    return { tag, start: offset, contentStart, end, source };
}
/**
 * The children of a constructed node, in order. Callers descend only the
 * fixed shape of a certificate, never recursively, so no input can nest deep.
 */
function children(node) {
    const result = [];
    let offset = node.contentStart;
    while (offset < node.end) {
        const child = readNode(node.source, offset, node.end);
        result.push(child);
        offset = child.end;
    }
    return result;
}
function expectTag(node, tag, what) {
    if (!node)
        throw new DerError(`missing ${what}`, 0);
    if (node.tag !== tag) {
        throw new DerError(`expected ${what} (tag 0x${tag.toString(16)}) but found tag 0x${node.tag.toString(16)}`, node.start);
    }
    return node;
}
function content(node) {
    return node.source.subarray(node.contentStart, node.end);
}
function whole(node) {
    return node.source.subarray(node.start, node.end);
}
/** Dotted OIDs by their content bytes: a certificate names the same few dozen OIDs over and over. */
const OID_NAMES = new Map();
const MAX_OID_NAMES = 4096;
function decodeOid(node) {
    if (node.end === node.contentStart)
        throw new DerError('empty object identifier', node.start);
    const key = Buffer.from(node.source.buffer, node.source.byteOffset + node.contentStart, node.end - node.contentStart).toString('latin1');
    const known = OID_NAMES.get(key);
    if (known !== undefined)
        return known;
    const dotted = decodeOidArcs(node);
    if (OID_NAMES.size >= MAX_OID_NAMES)
        OID_NAMES.clear();
    OID_NAMES.set(key, dotted);
    return dotted;
}
function decodeOidArcs(node) {
    const bytes = content(node);
    const parts = [];
    let value = 0;
    for (let i = 0; i < bytes.length; i++) {
        const byte = bytes[i];
        value = value * 128 + (byte & 0x7f);
        if (value > Number.MAX_SAFE_INTEGER / 128)
            throw new DerError('object identifier arc too large', node.start);
        if ((byte & 0x80) === 0) {
            if (parts.length === 0) {
                const first = value < 80 ? Math.floor(value / 40) : 2;
                parts.push(first, value - first * 40);
            }
            else {
                parts.push(value);
            }
            value = 0;
        }
        else if (i === bytes.length - 1) {
            throw new DerError('object identifier ends mid-arc', node.start);
        }
    }
    return parts.join('.');
}
function decodeBoolean(node) {
    const bytes = content(node);
    if (bytes.length !== 1)
        throw new DerError('BOOLEAN must be one byte', node.start);
    return bytes[0] !== 0;
}
/** Small non-negative INTEGER (pathLenConstraint, version, saltLength). */
function decodeSmallInteger(node) {
    const bytes = content(node);
    if (bytes.length === 0 || bytes.length > 6)
        throw new DerError('INTEGER out of range', node.start);
    let value = 0;
    for (const byte of bytes)
        value = value * 256 + byte;
    if (bytes[0] & 0x80)
        value -= 2 ** (8 * bytes.length);
    return value;
}
/** Bit length of an unsigned big INTEGER (an RSA modulus). */
function integerBitLength(node) {
    const bytes = content(node);
    let i = 0;
    while (i < bytes.length && bytes[i] === 0)
        i++;
    if (i === bytes.length)
        return 0;
    return (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes[i]));
}
function toHex(bytes, separator = '') {
    const hex = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('hex');
    return separator === '' ? hex : (hex.match(/../g) ?? []).join(separator);
}
/** The unused-bits count of a BIT STRING, refused past 7 as OpenSSL's c2i_ASN1_BIT_STRING does. */
function unusedBits(node) {
    const bytes = content(node);
    if (bytes.length === 0)
        throw new DerError('empty BIT STRING', node.start);
    if (bytes[0] > 7)
        throw new DerError(`BIT STRING with ${bytes[0]} unused bits (at most 7)`, node.start);
    return bytes[0];
}
/** The payload of a BIT STRING (a signature, a public key: whole bytes). */
function bitStringBytes(node) {
    unusedBits(node);
    return content(node).subarray(1);
}
/** Named bits of a BIT STRING (keyUsage), bit 0 first. */
function bitStringFlags(node) {
    const unused = unusedBits(node);
    const bytes = content(node);
    const flags = [];
    const total = (bytes.length - 1) * 8 - unused;
    for (let bit = 0; bit < total; bit++) {
        flags.push(((bytes[1 + (bit >> 3)] >> (7 - (bit & 7))) & 1) === 1);
    }
    return flags;
}
const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');
/** Decodes the ASN.1 string types found in names; other tags are shown as hex. */
function decodeString(node) {
    const bytes = content(node);
    switch (node.tag) {
        case Tag.UTF8_STRING:
            return utf8.decode(bytes);
        case Tag.PRINTABLE_STRING:
        case Tag.IA5_STRING:
        case Tag.T61_STRING:
        case 0x1a: // VisibleString
            return latin1.decode(bytes);
        case Tag.BMP_STRING: {
            let out = '';
            for (let i = 0; i + 1 < bytes.length; i += 2)
                out += String.fromCharCode((bytes[i] << 8) | bytes[i + 1]);
            return out;
        }
        case Tag.UNIVERSAL_STRING: {
            let out = '';
            for (let i = 0; i + 3 < bytes.length; i += 4) {
                const cp = ((bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3]) >>> 0;
                out += cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
            }
            return out;
        }
        default:
            return `#${toHex(whole(node))}`;
    }
}
/** UTCTime / GeneralizedTime as used in certificate validity (always Zulu). */
function decodeTime(node) {
    const text = latin1.decode(content(node));
    let match;
    let year;
    if (node.tag === Tag.UTC_TIME) {
        match = text.match(/^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/);
        if (!match)
            throw new DerError(`bad UTCTime "${text}"`, node.start);
        const yy = Number(match[1]);
        year = yy >= 50 ? 1900 + yy : 2000 + yy;
    }
    else if (node.tag === Tag.GENERALIZED_TIME) {
        match = text.match(/^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?:\.\d+)?Z$/);
        if (!match)
            throw new DerError(`bad GeneralizedTime "${text}"`, node.start);
        year = Number(match[1]);
    }
    else {
        throw new DerError(`expected a time but found tag 0x${node.tag.toString(16)}`, node.start);
    }
    const [month, day, hour, minute, second] = match.slice(2, 7).map((part) => Number(part ?? 0));
    const ms = Date.UTC(year, month - 1, day, hour, minute, second);
    const date = new Date(ms);
    // Date.UTC rolls 31 February into March; a certificate time must name a real moment.
    if (Number.isNaN(ms) ||
        date.getUTCMonth() !== month - 1 ||
        date.getUTCDate() !== day ||
        hour > 23 ||
        minute > 59 ||
        second > 59) {
        throw new DerError(`bad time "${text}"`, node.start);
    }
    return date;
}


/***/ }),

/***/ 7014:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kp: () => (/* binding */ distributionPointNamesMatch),
/* harmony export */   R4: () => (/* binding */ parseDistributionPoints),
/* harmony export */   dP: () => (/* binding */ parseDistributionPointName),
/* harmony export */   eN: () => (/* binding */ ALL_REASONS)
/* harmony export */ });
/* unused harmony export reasonBits */
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6959);
/* harmony import */ var _general_names_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1693);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(504);



/** CRLDP_ALL_REASONS: the reason bits OpenSSL tracks, keyCompromise to aACompromise. */
const ALL_REASONS = 0x807f;
/** ReasonFlags as OpenSSL reads them: the first two bytes, masked to the reasons it tracks. */
function reasonBits(node) {
    const bytes = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .content */ .Qs)(node).subarray(1);
    return ((bytes[0] ?? 0) | ((bytes[1] ?? 0) << 8)) & ALL_REASONS;
}
/** The [0] DistributionPointName field; `base` is the name a relative one is relative to. */
function parseDistributionPointName(field, base) {
    const choice = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(field)[0];
    if (choice?.tag === 0xa0)
        return { full: (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(choice).map(_general_names_js__WEBPACK_IMPORTED_MODULE_1__/* .generalNameKey */ .LC) };
    if (choice?.tag === 0xa1)
        return { relative: (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .relativeNameKey */ .Pz)(base, choice) };
    throw new _der_js__WEBPACK_IMPORTED_MODULE_0__/* .DerError */ .I4('distributionPoint is neither a fullName nor a nameRelativeToCRLIssuer', field.start);
}
/**
 * Parses cRLDistributionPoints as OpenSSL's setup_dp does: a relative name is
 * relative to the point's first directoryName cRLIssuer, else to the
 * certificate's issuer. Throws when OpenSSL would mark the certificate
 * invalid (a point with neither a name nor a cRLIssuer, bad encoding).
 */
function parseDistributionPoints(value, issuer) {
    return (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .expectTag */ .yi)(value, _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.SEQUENCE, 'cRLDistributionPoints')).map((pointNode) => {
        const fields = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .expectTag */ .yi)(pointNode, _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.SEQUENCE, 'DistributionPoint'));
        const nameField = fields.find((field) => field.tag === 0xa0);
        const reasonsField = fields.find((field) => field.tag === 0x81);
        const issuerField = fields.find((field) => field.tag === 0xa2);
        const issuerNodes = issuerField ? (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(issuerField) : [];
        if (!nameField && issuerNodes.length === 0)
            throw new _der_js__WEBPACK_IMPORTED_MODULE_0__/* .DerError */ .I4('a distribution point with neither a name nor a cRLIssuer', pointNode.start);
        const firstDirectory = issuerNodes.map(_general_names_js__WEBPACK_IMPORTED_MODULE_1__/* .parseGeneralName */ .Z$).find((name) => name.type === 'directoryName');
        const base = firstDirectory?.type === 'directoryName' ? firstDirectory.name : issuer;
        return {
            ...(nameField ? { name: parseDistributionPointName(nameField, base) } : {}),
            reasons: reasonsField ? reasonBits(reasonsField) : ALL_REASONS,
            ...(issuerField ? { crlIssuers: issuerNodes.map(_general_names_js__WEBPACK_IMPORTED_MODULE_1__/* .generalNameKey */ .LC) } : {}),
        };
    });
}
/** OpenSSL's idp_check_dp: whether a certificate's distribution point and a CRL's issuing one name the same place. */
function distributionPointNamesMatch(a, b) {
    if (!a || !b)
        return true;
    if ('relative' in a && 'relative' in b)
        return a.relative === b.relative;
    if ('relative' in a)
        return b.full.includes((0,_general_names_js__WEBPACK_IMPORTED_MODULE_1__/* .directoryNameKey */ .MG)(a.relative));
    if ('relative' in b)
        return a.full.includes((0,_general_names_js__WEBPACK_IMPORTED_MODULE_1__/* .directoryNameKey */ .MG)(b.relative));
    return a.full.some((name) => b.full.includes(name));
}


/***/ }),

/***/ 1693:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LC: () => (/* binding */ generalNameKey),
/* harmony export */   MG: () => (/* binding */ directoryNameKey),
/* harmony export */   My: () => (/* binding */ SMTP_UTF8_MAILBOX),
/* harmony export */   Z$: () => (/* binding */ parseGeneralName),
/* harmony export */   jG: () => (/* binding */ describeGeneralName)
/* harmony export */ });
/* unused harmony export parseGeneralNames */
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6959);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(504);


/** RFC 8398: an internationalised e-mail address in an otherName (id-on-SmtpUTF8Mailbox). */
const SMTP_UTF8_MAILBOX = '1.3.6.1.5.5.7.8.9';
const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8', { fatal: true });
function parseGeneralName(node) {
    switch (node.tag) {
        case 0x81:
            return { type: 'email', value: latin1.decode((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .content */ .Qs)(node)) };
        case 0x82:
            return { type: 'dns', value: latin1.decode((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .content */ .Qs)(node)) };
        case 0x86:
            return { type: 'uri', value: latin1.decode((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .content */ .Qs)(node)) };
        case 0x87:
            return { type: 'ip', bytes: (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .content */ .Qs)(node) };
        case 0xa4:
            return { type: 'directoryName', name: (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .parseName */ .$q)((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .expectTag */ .yi)((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(node)[0], _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.SEQUENCE, 'directoryName')) };
        case 0xa0: {
            const [typeNode, valueNode] = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(node);
            const oid = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeOid */ .FK)((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .expectTag */ .yi)(typeNode, _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.OID, 'otherName type'));
            let text;
            const inner = valueNode?.tag === 0xa0 ? (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(valueNode)[0] : undefined;
            if (oid === SMTP_UTF8_MAILBOX && inner?.tag === _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.UTF8_STRING) {
                try {
                    text = utf8.decode((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .content */ .Qs)(inner));
                }
                catch {
                    text = undefined;
                }
            }
            return { type: 'otherName', oid, ...(text !== undefined ? { utf8: text } : {}) };
        }
        case 0xa3:
            return { type: 'x400Address' };
        case 0xa5:
            return { type: 'ediPartyName' };
        case 0x88:
            return { type: 'registeredID' };
        default:
            throw new _der_js__WEBPACK_IMPORTED_MODULE_0__/* .DerError */ .I4(`unknown GeneralName tag 0x${node.tag.toString(16)}`, node.start);
    }
}
/**
 * A key equal for two general names exactly when OpenSSL's GENERAL_NAME_cmp
 * says they are equal: directory names by X509_NAME_cmp, the rest by their
 * encoding.
 */
function generalNameKey(node) {
    if (node.tag === 0xa4)
        return `dir:${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .parseName */ .$q)((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .expectTag */ .yi)((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(node)[0], _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.SEQUENCE, 'directoryName')).key}`;
    return `${node.tag}:${(0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .toHex */ .nj)((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .whole */ .WQ)(node))}`;
}
/** The key a directoryName with this comparison key has under generalNameKey. */
function directoryNameKey(nameKey) {
    return `dir:${nameKey}`;
}
/** A SEQUENCE OF GeneralName, e.g. the value of subjectAltName. */
function parseGeneralNames(bytes, what) {
    return children(expectTag(readNode(bytes), Tag.SEQUENCE, what)).map(parseGeneralName);
}
/** How a general name reads in messages. */
function describeGeneralName(name) {
    switch (name.type) {
        case 'email':
            return `e-mail ${name.value}`;
        case 'dns':
            return `DNS name ${name.value}`;
        case 'uri':
            return `URI ${name.value}`;
        case 'directoryName':
            return name.name.text;
        case 'ip':
            return `IP address ${name.bytes.length === 4 ? Array.from(name.bytes).join('.') : Buffer.from(name.bytes).toString('hex')}`;
        case 'otherName':
            return name.utf8 !== undefined ? `e-mail ${name.utf8}` : `otherName ${name.oid}`;
        default:
            return name.type;
    }
}


/***/ }),

/***/ 4682:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ parseAsGo),
/* harmony export */   u: () => (/* binding */ GO_KEY_CERT_SIGN)
/* harmony export */ });
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6959);
/* harmony import */ var _go_names_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9325);


/** Go's extKeyUsageFromOID: the purposes it knows by name; any other counts as unknown. */
const GO_EXTENDED_KEY_USAGES = {
    '2.5.29.37.0': 'any',
    '1.3.6.1.5.5.7.3.1': 'serverAuth',
    '1.3.6.1.5.5.7.3.2': 'clientAuth',
    '1.3.6.1.5.5.7.3.3': 'codeSigning',
    '1.3.6.1.5.5.7.3.4': 'emailProtection',
    '1.3.6.1.5.5.7.3.5': 'ipsecEndSystem',
    '1.3.6.1.5.5.7.3.6': 'ipsecTunnel',
    '1.3.6.1.5.5.7.3.7': 'ipsecUser',
    '1.3.6.1.5.5.7.3.8': 'timeStamping',
    '1.3.6.1.5.5.7.3.9': 'OCSPSigning',
    '1.3.6.1.4.1.311.10.3.3': 'microsoftServerGatedCrypto',
    '2.16.840.1.113730.4.1': 'netscapeServerGatedCrypto',
    '1.3.6.1.4.1.311.2.1.22': 'microsoftCommercialCodeSigning',
    '1.3.6.1.4.1.311.61.1.1': 'microsoftKernelCodeSigning',
};
/** The curves Go 1.19's parser accepts (namedCurveFromOID); a certificate with any other does not parse. */
const GO_CURVES = new Set(['1.3.132.0.33', '1.2.840.10045.3.1.7', '1.3.132.0.34', '1.3.132.0.35']);
const GO_SIGNATURES = {
    '1.2.840.113549.1.1.2': { kind: 'unsupported', name: 'MD2-RSA' },
    '1.2.840.113549.1.1.4': { kind: 'insecure', name: 'MD5-RSA' },
    '1.2.840.113549.1.1.5': { kind: 'insecure', name: 'SHA1-RSA' },
    '1.3.14.3.2.29': { kind: 'insecure', name: 'SHA1-RSA' },
    '1.2.840.113549.1.1.11': { kind: 'supported', publicKeyAlgorithm: 'RSA' },
    '1.2.840.113549.1.1.12': { kind: 'supported', publicKeyAlgorithm: 'RSA' },
    '1.2.840.113549.1.1.13': { kind: 'supported', publicKeyAlgorithm: 'RSA' },
    '1.2.840.10040.4.3': { kind: 'insecure', name: 'DSA-SHA1' },
    '2.16.840.1.101.3.4.3.2': { kind: 'unsupported', name: 'DSA-SHA256' },
    '1.2.840.10045.4.1': { kind: 'insecure', name: 'ECDSA-SHA1' },
    '1.2.840.10045.4.3.2': { kind: 'supported', publicKeyAlgorithm: 'ECDSA' },
    '1.2.840.10045.4.3.3': { kind: 'supported', publicKeyAlgorithm: 'ECDSA' },
    '1.2.840.10045.4.3.4': { kind: 'supported', publicKeyAlgorithm: 'ECDSA' },
    '1.3.101.112': { kind: 'supported', publicKeyAlgorithm: 'Ed25519' },
};
const PSS_HASHES = { 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 };
function goSignature(certificate) {
    const { oid, name } = certificate.signatureAlgorithm;
    if (oid === '1.2.840.113549.1.1.10') {
        // getSignatureAlgorithmFromAI: SHA-256/384/512 with MGF1 of the same hash and a salt as long as the hash.
        const pss = certificate.pss;
        const size = pss ? PSS_HASHES[pss.hash] : undefined;
        return pss && size !== undefined && pss.mgf1Hash === pss.hash && pss.saltLength === size
            ? { kind: 'supported', publicKeyAlgorithm: 'RSA' }
            : { kind: 'unsupported', name };
    }
    return GO_SIGNATURES[oid] ?? { kind: 'unsupported', name };
}
/** Go's KeyUsage bit for each position of the BIT STRING (digitalSignature first). */
function keyUsageBits(value) {
    if (value.tag !== _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.BIT_STRING)
        (0,_go_names_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)('x509: invalid key usage');
    const flags = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .bitStringFlags */ .EZ)(value);
    let usage = 0;
    for (let bit = 0; bit < 9; bit++)
        if (flags[bit])
            usage |= 1 << bit;
    return usage;
}
const GO_KEY_CERT_SIGN = 1 << 5;
function publicKeyAlgorithm(certificate, spki) {
    const [algorithm] = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(spki);
    const [oidNode, parameters] = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(algorithm);
    switch (certificate.publicKey.algorithmOid) {
        case '1.2.840.113549.1.1.1':
            // RSA public keys must have a NULL in the parameters (RFC 3279).
            if (parameters?.tag !== _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.NULL || parameters.end !== parameters.contentStart)
                (0,_go_names_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)('x509: RSA key missing NULL parameters');
            return 'RSA';
        case '1.2.840.10045.2.1':
            if (parameters?.tag !== _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.OID)
                (0,_go_names_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)('x509: invalid ECDSA parameters');
            if (!GO_CURVES.has((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeOid */ .FK)(parameters)))
                (0,_go_names_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)('x509: unsupported elliptic curve');
            return 'ECDSA';
        case '1.3.101.112':
            if (parameters)
                (0,_go_names_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)('x509: Ed25519 key encoded with illegal parameters');
            return 'Ed25519';
        case '1.2.840.10040.4.1':
            if (parameters?.tag !== _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.SEQUENCE)
                (0,_go_names_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)('x509: invalid DSA parameters');
            return 'DSA';
        default:
            void oidNode;
            return 'unknown';
    }
}
function parse(certificate) {
    const outer = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .readNode */ .XH)(certificate.der);
    const [tbs, outerAlgorithm] = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(outer);
    const fields = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(tbs);
    let index = fields[0]?.tag === 0xa0 ? 1 : 0;
    if (certificate.version > 3)
        (0,_go_names_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)('x509: invalid version');
    index++; // serial
    const innerAlgorithm = fields[index++];
    // Go compares the two AlgorithmIdentifiers' contents byte for byte.
    if (Buffer.compare((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .content */ .Qs)(innerAlgorithm), (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .content */ .Qs)(outerAlgorithm)) !== 0)
        (0,_go_names_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)("x509: inner and outer signature algorithm identifiers don't match");
    const issuer = fields[index++];
    (0,_go_names_js__WEBPACK_IMPORTED_MODULE_1__/* .checkName */ .I3)(issuer);
    index++; // validity
    const subject = fields[index++];
    (0,_go_names_js__WEBPACK_IMPORTED_MODULE_1__/* .checkName */ .I3)(subject);
    const spki = fields[index++];
    const result = {
        rawSubject: (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .toHex */ .nj)((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .whole */ .WQ)(subject)),
        rawIssuer: (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .toHex */ .nj)((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .whole */ .WQ)(issuer)),
        version: certificate.version,
        basicConstraintsValid: false,
        isCA: false,
        maxPathLen: -1,
        keyUsage: 0,
        subjectKeyId: '',
        authorityKeyId: '',
        unhandledCritical: [],
        publicKeyAlgorithm: publicKeyAlgorithm(certificate, spki),
        signature: goSignature(certificate),
    };
    const extensions = certificate.version === 3 ? fields.slice(index).find((field) => field.tag === 0xa3) : undefined;
    if (!extensions)
        return result;
    for (const extension of (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(extensions)[0])) {
        const parts = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(extension);
        const oid = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeOid */ .FK)(parts[0]);
        const critical = parts[1]?.tag === _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.BOOLEAN ? (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeBoolean */ .J2)(parts[1]) : false;
        const valueBytes = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .content */ .Qs)(parts[parts.length - 1]);
        let value;
        const read = () => (value ??= (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .readNode */ .XH)(valueBytes));
        let unhandled = false;
        switch (oid) {
            case '2.5.29.15':
                result.keyUsage = keyUsageBits(read());
                break;
            case '2.5.29.19': {
                if (read().tag !== _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.SEQUENCE)
                    (0,_go_names_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)('x509: invalid basic constraints a');
                const [first, second] = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(read());
                result.isCA = first?.tag === _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.BOOLEAN ? (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeBoolean */ .J2)(first) : false;
                const pathNode = first?.tag === _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.INTEGER ? first : second?.tag === _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.INTEGER ? second : undefined;
                if (pathNode)
                    result.maxPathLen = Buffer.from((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .content */ .Qs)(pathNode)).readIntBE(0, Math.min(6, (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .content */ .Qs)(pathNode).length));
                result.basicConstraintsValid = true;
                break;
            }
            case '2.5.29.17': {
                const names = (0,_go_names_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSubjectAltName */ .kd)(read());
                result.subjectAltName = names;
                if (names.dns.length + names.email.length + names.uri.length + names.ip.length === 0)
                    unhandled = true;
                break;
            }
            case '2.5.29.30': {
                const parsed = (0,_go_names_js__WEBPACK_IMPORTED_MODULE_1__/* .parseNameConstraints */ .ls)(read());
                result.nameConstraints = parsed.constraints;
                unhandled = parsed.unhandled;
                break;
            }
            case '2.5.29.35':
                if (read().tag !== _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.SEQUENCE)
                    (0,_go_names_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)('x509: invalid authority key identifier');
                for (const field of (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(read()))
                    if (field.tag === 0x80)
                        result.authorityKeyId = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .toHex */ .nj)((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .content */ .Qs)(field));
                break;
            case '2.5.29.37': {
                if (read().tag !== _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.SEQUENCE)
                    (0,_go_names_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)('x509: invalid extended key usages');
                const known = [];
                let unknown = 0;
                for (const purpose of (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(read())) {
                    if (purpose.tag !== _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.OID)
                        (0,_go_names_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)('x509: invalid extended key usages');
                    const name = GO_EXTENDED_KEY_USAGES[(0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeOid */ .FK)(purpose)];
                    if (name)
                        known.push(name);
                    else
                        unknown++;
                }
                result.extKeyUsage = { known, unknown };
                break;
            }
            case '2.5.29.14':
                if (read().tag !== _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.OCTET_STRING)
                    (0,_go_names_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)('x509: invalid subject key identifier');
                result.subjectKeyId = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .toHex */ .nj)((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .content */ .Qs)(read()));
                break;
            case '2.5.29.31':
            case '2.5.29.32':
                if (read().tag !== _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.SEQUENCE)
                    (0,_go_names_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`x509: invalid extension ${oid}`);
                break;
            case '1.3.6.1.5.5.7.1.1':
                if (read().tag !== _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.SEQUENCE)
                    (0,_go_names_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)('x509: invalid authority info access');
                break;
            default:
                // Unknown extensions are recorded if critical.
                unhandled = true;
        }
        if (critical && unhandled)
            result.unhandledCritical.push(oid);
    }
    return result;
}
const parsed = new WeakMap();
/** The certificate as Go reads it, or why Go's ParseCertificate refuses it. */
function parseAsGo(certificate) {
    let result = parsed.get(certificate);
    if (!result) {
        try {
            result = { certificate: parse(certificate) };
        }
        catch (error) {
            if (!(error instanceof _go_names_js__WEBPACK_IMPORTED_MODULE_1__/* .GoParseError */ .Qf) && !(error instanceof _der_js__WEBPACK_IMPORTED_MODULE_0__/* .DerError */ .I4))
                throw error;
            result = {
                error: error instanceof _go_names_js__WEBPACK_IMPORTED_MODULE_1__/* .GoParseError */ .Qf ? error.message : `x509: malformed certificate (${error.message})`,
            };
        }
        parsed.set(certificate, result);
    }
    return result;
}


/***/ }),

/***/ 9325:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C1: () => (/* binding */ domainLabels),
/* harmony export */   C2: () => (/* binding */ isPrintable),
/* harmony export */   I3: () => (/* binding */ checkName),
/* harmony export */   Qf: () => (/* binding */ GoParseError),
/* harmony export */   T8: () => (/* binding */ uriHost),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   kd: () => (/* binding */ parseSubjectAltName),
/* harmony export */   ls: () => (/* binding */ parseNameConstraints)
/* harmony export */ });
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6959);

/** Go's ParseCertificate refuses the certificate: the message is Go's. */
class GoParseError extends Error {
}
function fail(message) {
    throw new GoParseError(message);
}
/** isPrintable of parser.go: PrintableString plus `*` and `&`, which Go tolerates. */
function isPrintable(byte) {
    return ((byte >= 0x61 && byte <= 0x7a) ||
        (byte >= 0x41 && byte <= 0x5a) ||
        (byte >= 0x30 && byte <= 0x39) ||
        (byte >= 0x27 && byte <= 0x29) ||
        (byte >= 0x2b && byte <= 0x2f) ||
        byte === 0x20 ||
        byte === 0x3a ||
        byte === 0x3d ||
        byte === 0x3f ||
        byte === 0x2a ||
        byte === 0x26);
}
const isIa5 = (bytes) => bytes.every((byte) => byte <= 0x7f);
/** parseASN1String: the string types Go reads in names; any other value fails the whole certificate. */
function checkNameString(node) {
    const bytes = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .content */ .Qs)(node);
    switch (node.tag) {
        case _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.T61_STRING:
            return;
        case _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.PRINTABLE_STRING:
            if (!bytes.every(isPrintable))
                fail('x509: invalid RDNSequence: invalid attribute value: invalid PrintableString');
            return;
        case _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.UTF8_STRING:
            try {
                new TextDecoder('utf-8', { fatal: true }).decode(bytes);
            }
            catch {
                fail('x509: invalid RDNSequence: invalid attribute value: invalid UTF-8 string');
            }
            return;
        case _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.BMP_STRING:
            if (bytes.length % 2 !== 0)
                fail('x509: invalid RDNSequence: invalid attribute value: invalid BMPString');
            return;
        case _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.IA5_STRING:
            if (!isIa5(bytes))
                fail('x509: invalid RDNSequence: invalid attribute value: invalid IA5String');
            return;
        case 0x12: // NumericString
            if (!bytes.every((byte) => (byte >= 0x30 && byte <= 0x39) || byte === 0x20))
                fail('x509: invalid RDNSequence: invalid attribute value: invalid NumericString');
            return;
        default:
            fail(`x509: invalid RDNSequence: invalid attribute value: unsupported string type: ${node.tag}`);
    }
}
function checkName(name) {
    for (const rdn of (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(name)) {
        if (rdn.tag !== _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.SET)
            fail('x509: invalid RDNSequence');
        for (const attribute of (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(rdn)) {
            const [type, value] = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(attribute);
            if (attribute.tag !== _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.SEQUENCE || type?.tag !== _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.OID || !value)
                fail('x509: invalid RDNSequence: invalid attribute');
            checkNameString(value);
        }
    }
}
/** domainToReverseLabels: labels of printable ASCII, none empty, no trailing dot. */
function domainLabels(domain) {
    if (domain.length === 0)
        return [];
    const labels = domain.split('.').reverse();
    if (labels.some((label) => label.length === 0 || [...label].some((c) => c < '!' || c > '~')))
        return undefined;
    return labels;
}
const latin1 = (bytes) => Buffer.from(bytes).toString('latin1');
/** A URI's host as Go's url.Parse finds it (the authority after `//`, less user information and port). */
function uriHost(uri) {
    const match = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#]*)/.exec(uri);
    if (!match)
        return '';
    const authority = match[1].slice(match[1].lastIndexOf('@') + 1);
    if (authority.startsWith('['))
        return authority.slice(0, authority.indexOf(']') + 1);
    const colon = authority.lastIndexOf(':');
    return colon === -1 ? authority : authority.slice(0, colon);
}
function parseSubjectAltName(value) {
    if (value.tag !== _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.SEQUENCE)
        fail('x509: invalid subject alternative names');
    const names = {
        raw: (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .toHex */ .nj)((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .whole */ .WQ)(value)),
        dns: [],
        email: [],
        uri: [],
        ip: [],
    };
    for (const name of (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(value)) {
        const bytes = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .content */ .Qs)(name);
        switch (name.tag) {
            case 0x81:
                if (!isIa5(bytes))
                    fail('x509: SAN rfc822Name is malformed');
                names.email.push(latin1(bytes));
                break;
            case 0x82:
                if (!isIa5(bytes))
                    fail('x509: SAN dNSName is malformed');
                names.dns.push(latin1(bytes));
                break;
            case 0x86: {
                if (!isIa5(bytes))
                    fail('x509: SAN uniformResourceIdentifier is malformed');
                const uri = latin1(bytes);
                const host = uriHost(uri);
                if (host && !host.startsWith('[') && domainLabels(host) === undefined)
                    fail(`x509: cannot parse URI "${uri}": invalid domain`);
                names.uri.push(uri);
                break;
            }
            case 0x87:
                if (bytes.length !== 4 && bytes.length !== 16)
                    fail(`x509: cannot parse IP address of length ${bytes.length}`);
                names.ip.push(bytes);
                break;
        }
    }
    return names;
}
function isValidIpMask(mask) {
    let seenZero = false;
    for (const byte of mask) {
        if (seenZero) {
            if (byte !== 0)
                return false;
            continue;
        }
        if ([0x00, 0x80, 0xc0, 0xe0, 0xf0, 0xf8, 0xfc, 0xfe].includes(byte))
            seenZero = true;
        else if (byte !== 0xff)
            return false;
    }
    return true;
}
/** parseNameConstraintsExtension: the constraints Go handles, and whether there were others (directoryName, ...). */
function parseNameConstraints(value) {
    const constraints = {
        permittedDns: [],
        excludedDns: [],
        permittedEmail: [],
        excludedEmail: [],
        permittedUri: [],
        excludedUri: [],
        permittedIp: [],
        excludedIp: [],
    };
    if (value.tag !== _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.SEQUENCE)
        fail('x509: invalid NameConstraints extension');
    const parts = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(value);
    const permitted = parts.find((part) => part.tag === 0xa0);
    const excluded = parts.find((part) => part.tag === 0xa1);
    if (parts.some((part) => part.tag !== 0xa0 && part.tag !== 0xa1))
        fail('x509: invalid NameConstraints extension');
    if ((!permitted && !excluded) ||
        ((permitted?.end ?? 0) - (permitted?.contentStart ?? 0) === 0 &&
            (excluded?.end ?? 0) - (excluded?.contentStart ?? 0) === 0))
        fail('x509: empty name constraints extension');
    let unhandled = false;
    const read = (subtrees, side) => {
        if (!subtrees)
            return;
        for (const subtree of (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(subtrees)) {
            const [base] = subtree.tag === _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.SEQUENCE ? (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(subtree) : [];
            if (!base)
                fail('x509: invalid NameConstraints extension');
            const bytes = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .content */ .Qs)(base);
            const text = latin1(bytes);
            switch (base.tag) {
                case 0x82: {
                    if (!isIa5(bytes))
                        fail('x509: invalid constraint value: IA5String contains invalid character');
                    if (domainLabels(text.startsWith('.') ? text.slice(1) : text) === undefined)
                        fail(`x509: failed to parse dnsName constraint "${text}"`);
                    constraints[`${side}Dns`].push(text);
                    break;
                }
                case 0x87: {
                    if (bytes.length !== 8 && bytes.length !== 32)
                        fail(`x509: IP constraint contained value of length ${bytes.length}`);
                    const half = bytes.length / 2;
                    const mask = bytes.subarray(half);
                    if (!isValidIpMask(mask))
                        fail('x509: IP constraint contained invalid mask');
                    constraints[`${side}Ip`].push({ ip: bytes.subarray(0, half), mask });
                    break;
                }
                case 0x81: {
                    if (!isIa5(bytes))
                        fail('x509: invalid constraint value: IA5String contains invalid character');
                    const domain = text.includes('@') ? text.slice(text.lastIndexOf('@') + 1) : text.replace(/^\./, '');
                    if (domainLabels(domain) === undefined)
                        fail(`x509: failed to parse rfc822Name constraint "${text}"`);
                    constraints[`${side}Email`].push(text);
                    break;
                }
                case 0x86: {
                    if (!isIa5(bytes))
                        fail('x509: invalid constraint value: IA5String contains invalid character');
                    if (/^[0-9.]+$/.test(text) || text.includes(':'))
                        fail(`x509: failed to parse URI constraint "${text}": cannot be IP address`);
                    if (domainLabels(text.startsWith('.') ? text.slice(1) : text) === undefined)
                        fail(`x509: failed to parse URI constraint "${text}"`);
                    constraints[`${side}Uri`].push(text);
                    break;
                }
                default:
                    unhandled = true;
            }
        }
    };
    read(permitted, 'permitted');
    read(excluded, 'excluded');
    return { constraints, unhandled };
}


/***/ }),

/***/ 6828:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q0: () => (/* binding */ overVerifyLimits)
/* harmony export */ });
/* unused harmony exports RSA_MAX_MODULUS_BITS, RSA_MAX_EXPONENT_BITS */
/**
 * Keys whose signatures truststore-check does not verify, to bound its work.
 * Verifying with an RSA key costs time in proportion to the exponent's
 * length: a 3,064-bit exponent makes each check about 125 times slower than
 * 65537, so a pull request could make one run take minutes. OpenSSL itself
 * refuses moduli over 16,384 bits (OPENSSL_RSA_MAX_MODULUS_BITS) and, above
 * 3,072-bit moduli, exponents over 64 bits; no CA issues exponents over 2^32
 * (RFC 8017 and NIST SP 800-56B use 65537 up to 2^256 - 1, in practice 65537).
 */
const RSA_MAX_MODULUS_BITS = 16_384;
const RSA_MAX_EXPONENT_BITS = 32;
/** Why a key is over the limits above, or undefined when its signatures are checked. */
function overVerifyLimits(key) {
    if (key.type !== 'RSA' && key.type !== 'RSA-PSS')
        return undefined;
    if (key.bits !== undefined && key.bits > RSA_MAX_MODULUS_BITS)
        return `an RSA modulus of ${key.bits} bits, over the ${RSA_MAX_MODULUS_BITS} bits OpenSSL verifies`;
    if (key.exponentBits !== undefined && key.exponentBits > RSA_MAX_EXPONENT_BITS)
        return `an RSA public exponent of ${key.exponentBits} bits, over the ${RSA_MAX_EXPONENT_BITS} bits truststore-check verifies with (65537 has 17)`;
    return undefined;
}


/***/ }),

/***/ 504:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $q: () => (/* binding */ parseName),
/* harmony export */   Pz: () => (/* binding */ relativeNameKey),
/* harmony export */   Yz: () => (/* binding */ parseRecurringName),
/* harmony export */   a: () => (/* binding */ isWithinSubtree)
/* harmony export */ });
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6959);

const SHORT_NAMES = {
    '2.5.4.3': 'CN',
    '2.5.4.4': 'SN',
    '2.5.4.5': 'serialNumber',
    '2.5.4.6': 'C',
    '2.5.4.7': 'L',
    '2.5.4.8': 'ST',
    '2.5.4.9': 'street',
    '2.5.4.10': 'O',
    '2.5.4.11': 'OU',
    '2.5.4.12': 'title',
    '2.5.4.42': 'GN',
    '2.5.4.46': 'dnQualifier',
    '2.5.4.97': 'organizationIdentifier',
    '0.9.2342.19200300.100.1.25': 'DC',
    '0.9.2342.19200300.100.1.1': 'UID',
    '1.2.840.113549.1.9.1': 'emailAddress',
};
const STRING_TAGS = new Set([
    _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.UTF8_STRING,
    _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.PRINTABLE_STRING,
    _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.IA5_STRING,
    _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.T61_STRING,
    _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.BMP_STRING,
    _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.UNIVERSAL_STRING,
    0x1a,
]);
/** Whether `name` lies in the subtree rooted at `base` (RFC 5280 §4.2.1.10 directoryName). */
function isWithinSubtree(name, base) {
    return base.rdns.length <= name.rdns.length && base.rdns.every((rdn, index) => rdn === name.rdns[index]);
}
function escapeValue(value) {
    // RFC 4514 escapes; control characters as \0A so a subject cannot forge extra lines in any output.
    return (value
        .replace(/[\\,+=<>#;"]/g, (c) => `\\${c}`)
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f]/g, (c) => `\\${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`));
}
const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');
/** The value as OpenSSL's ASN1_STRING_to_UTF8 reads it, or undefined where it refuses (bad UTF-8, odd BMP length, surrogates). */
function utf8Value(node) {
    const bytes = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .content */ .Qs)(node);
    const isSurrogate = (code) => code >= 0xd800 && code <= 0xdfff;
    switch (node.tag) {
        case _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.UTF8_STRING:
            try {
                return utf8Strict.decode(bytes);
            }
            catch {
                return undefined;
            }
        case _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.BMP_STRING: {
            if (bytes.length % 2 !== 0)
                return undefined;
            const codes = [];
            for (let i = 0; i < bytes.length; i += 2)
                codes.push((bytes[i] << 8) | bytes[i + 1]);
            return codes.some(isSurrogate) ? undefined : String.fromCharCode(...codes);
        }
        case _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.UNIVERSAL_STRING: {
            if (bytes.length % 4 !== 0)
                return undefined;
            let text = '';
            for (let i = 0; i < bytes.length; i += 4) {
                const code = ((bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3]) >>> 0;
                if (code > 0x10ffff || isSurrogate(code))
                    return undefined;
                text += String.fromCodePoint(code);
            }
            return text;
        }
        default:
            // PrintableString, IA5String, T61String, VisibleString: one byte per character, read as Latin-1.
            return latin1.decode(bytes);
    }
}
/** OpenSSL's asn1_string_canon, as a string: undefined when the value cannot be compared at all. */
function canonicalValue(node) {
    if (!STRING_TAGS.has(node.tag))
        return `t${node.tag}:${(0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .toHex */ .nj)((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .content */ .Qs)(node))}`;
    const text = utf8Value(node);
    if (text === undefined)
        return undefined;
    // ossl_isspace and ossl_tolower: the C locale's ASCII whitespace and letters only.
    const canonical = text
        .replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, '')
        .replace(/[ \t\n\v\f\r]+/g, ' ')
        .replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
    return `s:${canonical}`;
}
let uncomparable = 0;
/** An attribute's comparison key, or undefined when OpenSSL cannot compare its value. */
function attributeKey(attribute) {
    const [typeNode, valueNode] = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .expectTag */ .yi)(attribute, _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.SEQUENCE, 'AttributeTypeAndValue'));
    const oid = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeOid */ .FK)((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .expectTag */ .yi)(typeNode, _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.OID, 'attribute type'));
    if (!valueNode)
        throw new _der_js__WEBPACK_IMPORTED_MODULE_0__/* .DerError */ .I4(`attribute ${oid} has no value`, attribute.start);
    const value = canonicalValue(valueNode);
    return value === undefined ? undefined : JSON.stringify([oid, value]);
}
/**
 * The comparison key of `base` with a nameRelativeToCRLIssuer appended, as
 * OpenSSL's DIST_POINT_set_dpname builds it: each attribute of the relative
 * name becomes an RDN of its own.
 */
function relativeNameKey(base, relative) {
    const added = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(relative).map(attributeKey);
    if (added.includes(undefined) || base.key.startsWith('!'))
        return `!uncomparable ${++uncomparable}`;
    return `[${[...base.rdns, ...added.map((key) => JSON.stringify([key]))].join(',')}]`;
}
/**
 * Names parsed, by their DER: a CA's name recurs as the issuer of every
 * certificate it signed. Only names that compare are kept (an uncomparable
 * one must equal no other parse), each parsed from its own copy of the bytes
 * so that it holds no certificate's buffer.
 */
const RECURRING = new Map();
const MAX_RECURRING = 4096;
/**
 * parseName through the memo of recurring names: `keep` adds the name (an
 * issuer's, which recurs); otherwise it is only looked up (a subject's, which
 * recurs when it is a CA's).
 */
function parseRecurringName(node, keep) {
    (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .expectTag */ .yi)(node, _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.SEQUENCE, 'Name');
    const bytes = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .whole */ .WQ)(node);
    const memo = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
    const known = RECURRING.get(memo);
    if (known)
        return known;
    const name = parseName(node);
    if (!keep || name.key.startsWith('!'))
        return name;
    if (RECURRING.size >= MAX_RECURRING)
        RECURRING.clear();
    RECURRING.set(memo, parseName((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .readNode */ .XH)(Uint8Array.from(bytes))));
    return name;
}
function parseName(node) {
    (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .expectTag */ .yi)(node, _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.SEQUENCE, 'Name');
    const textParts = [];
    const keyParts = [];
    const nameAttributes = [];
    let comparable = true;
    for (const rdn of (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(node)) {
        (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .expectTag */ .yi)(rdn, _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.SET, 'RelativeDistinguishedName');
        const attributes = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(rdn).map((attribute) => {
            const [typeNode, valueNode] = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .expectTag */ .yi)(attribute, _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.SEQUENCE, 'AttributeTypeAndValue'));
            const oid = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeOid */ .FK)((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .expectTag */ .yi)(typeNode, _der_js__WEBPACK_IMPORTED_MODULE_0__/* .Tag */ .vw.OID, 'attribute type'));
            if (!valueNode)
                throw new _der_js__WEBPACK_IMPORTED_MODULE_0__/* .DerError */ .I4(`attribute ${oid} has no value`, attribute.start);
            const label = SHORT_NAMES[oid] ?? oid;
            const display = STRING_TAGS.has(valueNode.tag) ? (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeString */ .sc)(valueNode) : `#${(0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .toHex */ .nj)((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .whole */ .WQ)(valueNode))}`;
            const value = canonicalValue(valueNode);
            if (value === undefined)
                comparable = false;
            const converted = STRING_TAGS.has(valueNode.tag) ? utf8Value(valueNode) : undefined;
            nameAttributes.push({
                oid,
                tag: valueNode.tag,
                bytes: (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .content */ .Qs)(valueNode),
                ...(converted !== undefined ? { utf8: converted } : {}),
            });
            return { text: `${label}=${escapeValue(display)}`, key: JSON.stringify([oid, value]) };
        });
        textParts.push(attributes.map((a) => a.text).join(' + '));
        // A multi-valued RDN is a SET: OpenSSL compares its DER, where the members are sorted.
        keyParts.push(attributes.map((a) => a.key).sort());
    }
    if (!comparable) {
        const unique = `!uncomparable ${++uncomparable}`;
        return {
            text: textParts.join(', '),
            key: unique,
            rdns: keyParts.map(() => unique),
            isEmpty: false,
            byteLength: node.end - node.start,
            attributes: nameAttributes,
        };
    }
    const rdns = keyParts.map((rdn) => JSON.stringify(rdn));
    return {
        text: textParts.join(', '),
        key: JSON.stringify(keyParts),
        rdns,
        isEmpty: textParts.length === 0,
        byteLength: node.end - node.start,
        attributes: nameAttributes,
    };
}


/***/ }),

/***/ 5665:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nf: () => (/* binding */ signatureSecurityBits),
/* harmony export */   mh: () => (/* binding */ keySecurityBits),
/* harmony export */   ns: () => (/* binding */ SECURITY_LEVEL_BITS)
/* harmony export */ });
/**
 * OpenSSL's security levels (SSL_CTX_set_security_level(3)): the minimum
 * security bits of keys and signatures at levels 1 to 5. A TLS server at
 * level N refuses client chains with a weaker key or signature
 * (X509_V_ERR_EE_KEY_TOO_SMALL, CA_KEY_TOO_SMALL, CA_MD_TOO_WEAK).
 */
const SECURITY_LEVEL_BITS = [80, 112, 128, 192, 256];
/** BN_security_bits for a modulus of `bits` (RSA, DSA), capped by half the subgroup order for DSA. */
function modulusSecurityBits(bits, subgroupBits) {
    const level = bits >= 15360 ? 256 : bits >= 7680 ? 192 : bits >= 3072 ? 128 : bits >= 2048 ? 112 : bits >= 1024 ? 80 : 0;
    return subgroupBits === undefined ? level : Math.min(level, Math.floor(subgroupBits / 2));
}
/** EVP_PKEY_get_security_bits: what OpenSSL rates a key at; 0 for one it cannot load. */
function keySecurityBits(key) {
    switch (key.type) {
        case 'RSA':
        case 'RSA-PSS':
            return key.bits === undefined ? 0 : modulusSecurityBits(key.bits);
        case 'DSA':
            return key.bits === undefined ? 0 : modulusSecurityBits(key.bits, key.subgroupBits);
        case 'EC': {
            // ec_security_bits, by the group order's length (a named curve's size here).
            const bits = key.bits ?? 0;
            return bits >= 512 ? 256 : bits >= 384 ? 192 : bits >= 256 ? 128 : bits >= 224 ? 112 : bits >= 160 ? 80 : 0;
        }
        case 'Ed25519':
            return 128;
        case 'Ed448':
            return 224;
        default:
            return 0;
    }
}
/** X509_get_signature_info's security bits: MD5 39, SHA-1 63, otherwise half the digest; -1 where OpenSSL cannot tell. */
function signatureSecurityBits(algorithm) {
    if (algorithm.family === 'Ed25519')
        return 128;
    if (algorithm.family === 'Ed448')
        return 224;
    switch (algorithm.hash) {
        case 'MD5':
            return 39;
        case 'SHA-1':
            return 63;
        case 'MD4':
            return 64;
        case 'SHA-224':
        case 'SHA-512/224':
            return 112;
        case 'SHA-256':
        case 'SHA-512/256':
        case 'SHA3-256':
            return 128;
        case 'SHA-384':
        case 'SHA3-384':
            return 192;
        case 'SHA-512':
        case 'SHA3-512':
            return 256;
        default:
            // MD2 is not in OpenSSL 3's default provider; an unknown algorithm has no rating.
            return -1;
    }
}


/***/ }),

/***/ 4565:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** One-shot hashing, from Node 20.12: about 0.7 µs for a certificate's 800 bytes, against 1.1 µs through createHash. */
const oneShot = typeof node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash === 'function' ? node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash : undefined;
/** The SHA-256 of `bytes` as uppercase hex, as `openssl x509 -fingerprint -sha256` prints it without colons. */
function sha256Hex(bytes) {
    const hex = oneShot ? oneShot('sha256', bytes, 'hex') : node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash('sha256').update(bytes).digest('hex');
    return hex.toUpperCase();
}


/***/ }),

/***/ 6152:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ validityAt)
/* harmony export */ });
/**
 * Valid from notBefore up to, but not including, notAfter, to the second:
 * OpenSSL's X509_cmp_time treats the notAfter second itself as expired
 * (RFC 5280 §4.1.2.5 says inclusive; the gateways run OpenSSL or its forks,
 * so their verdict is OpenSSL's). Certificate times have one-second
 * resolution, so the check time is taken to the second too.
 */
function validityAt(certificate, at, 
/** Go's crypto/x509 (and RFC 5280) count the notAfter second as valid. */
notAfterSecond = 'expired') {
    const second = Math.floor(at.getTime() / 1000) * 1000;
    const end = certificate.notAfter.getTime();
    if (second > end || (second === end && notAfterSecond === 'expired'))
        return 'expired';
    if (second < certificate.notBefore.getTime())
        return 'not-yet-valid';
    return 'valid';
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
