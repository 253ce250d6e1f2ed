/**
 * Which file names may hold infrastructure code: decided from the listing
 * alone, so a repository without any costs nothing more than its listing
 * (the parsers and the rest of discovery are loaded only when one is there).
 */
export const TERRAFORM = /\.tf$|(^|\/)terraform\.tfvars$|\.auto\.tfvars$/;
export const YAML_OR_JSON = /\.(ya?ml|json|template)$|(^|\/)Kustomization$/;
export const SCRIPT = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
export const KUSTOMIZATION = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;
/** Files of those extensions that are never infrastructure: not even looked into. */
export const NOT_INFRASTRUCTURE =
  /(^|\/)(package(-lock)?\.json|tsconfig(\.[\w-]+)?\.json|\.?[\w-]*rc\.json|composer\.(json|lock)|\.truststore-check\.ya?ml)$|\.d\.[cm]?ts$|\.min\.js$/;

/**
 * Files of a listing that discovery may read: what a base commit fetched
 * through the API must include. Scripts count only in a CDK app (a cdk.json
 * somewhere), so a change to many source files costs no fetches.
 */
export function mayBeInfrastructure(files: readonly string[]): string[] {
  const cdk = files.some((file) => file === 'cdk.json' || file.endsWith('/cdk.json'));
  return files.filter(
    (file) =>
      TERRAFORM.test(file) ||
      KUSTOMIZATION.test(file) ||
      (!NOT_INFRASTRUCTURE.test(file) && (YAML_OR_JSON.test(file) || (cdk && SCRIPT.test(file)))),
  );
}

/** Whether any listed file may be infrastructure code (or a link to some, which is reported). */
export function anyInfrastructure(files: readonly string[], links: readonly string[]): boolean {
  return (
    links.some((link) => TERRAFORM.test(link) || KUSTOMIZATION.test(link)) ||
    files.some(
      (file) =>
        TERRAFORM.test(file) ||
        KUSTOMIZATION.test(file) ||
        (!NOT_INFRASTRUCTURE.test(file) && (YAML_OR_JSON.test(file) || SCRIPT.test(file))),
    )
  );
}
