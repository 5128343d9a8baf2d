// Resolving a schema file path given relative to the project root, refusing any that would
// write elsewhere: absolute paths, `..` escapes, and symlinks (the file's or a folder's) that
// lead out of the root.
import { lstat, realpath } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep, win32 } from "node:path";
import { UnsafePathError } from "./errors.js";

export interface SafePath {
  /** The root joined with the relative path. */
  absolute: string;
  /** Where writing it lands once symlinks inside the root are followed (the file may not exist yet). */
  real: string;
}

/** True when `path` is `root` or inside it (both absolute). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" || !(rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel));
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

export async function resolveInside(rootDir: string, relativePath: string): Promise<SafePath> {
  const root = resolve(rootDir);
  const refuse = (
    reason: UnsafePathError["reason"],
    message: string,
    hint: string,
  ): UnsafePathError =>
    new UnsafePathError(message, { path: relativePath, rootDir: root, reason, hint });

  if (isAbsolute(relativePath) || win32.isAbsolute(relativePath)) {
    throw refuse(
      "absolute",
      `Refusing to write ${relativePath}: schema file paths must be relative to the project root ${root}.`,
      "Pass the path relative to the project root, e.g. models/staging/_schema.yml.",
    );
  }
  if (relativePath.trim() === "" || relativePath.includes("\0")) {
    throw refuse(
      "not-a-file",
      `Refusing to write ${JSON.stringify(relativePath)}: it names no file.`,
      "Pass the schema file's path relative to the project root.",
    );
  }
  const absolute = resolve(root, relativePath);
  if (!isInside(root, absolute) || absolute === root) {
    throw refuse(
      "outside-root",
      `Refusing to write ${relativePath}: it resolves to ${absolute}, outside the project root ${root}.`,
      "Pass a path inside the project; `..` may not leave it.",
    );
  }

  const realRoot = await realpath(root);
  const parts = relative(root, absolute).split(sep);
  let real = realRoot;
  for (let i = 0; i < parts.length; i++) {
    const next = join(real, parts[i] as string);
    let stats: Awaited<ReturnType<typeof lstat>>;
    try {
      stats = await lstat(next);
    } catch (error) {
      if (errorCode(error) !== "ENOENT") throw error;
      // The rest does not exist yet: it will be created inside `real`.
      real = join(next, ...parts.slice(i + 1));
      break;
    }
    if (stats.isSymbolicLink()) {
      const shown = join(root, ...parts.slice(0, i + 1));
      let target: string;
      try {
        target = await realpath(next);
      } catch (error) {
        if (errorCode(error) !== "ENOENT") throw error;
        throw refuse(
          "symlink",
          `Refusing to write ${relativePath}: ${shown} is a symbolic link to a path that does not exist.`,
          "Replace the link with the real file or folder, inside the project.",
        );
      }
      if (!isInside(realRoot, target)) {
        throw refuse(
          "symlink",
          `Refusing to write ${relativePath}: ${shown} is a symbolic link to ${target}, outside the project root ${root}.`,
          "Replace the link with a real file or folder inside the project, or move the schema file into the project.",
        );
      }
      real = target;
    } else {
      real = next;
    }
    if (i === parts.length - 1) {
      const final = stats.isSymbolicLink() ? await lstat(real).catch(() => stats) : stats;
      if (final.isDirectory()) {
        throw refuse(
          "not-a-file",
          `Refusing to write ${relativePath}: it is a folder.`,
          "Pass the path of a .yml file.",
        );
      }
    }
  }
  return { absolute, real };
}
