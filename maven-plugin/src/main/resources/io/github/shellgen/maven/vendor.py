"""Vendors a requirements file into a folder of the jar's resources/ with pip: `shellgen:vendor`.

    python3 vendor.py REQUIREMENTS TARGET [--archive ARCHIVE] [PIP OPTIONS...]

Installs with `pip install --target`, wheels only, no byte code, and `--report`; then removes what
only the build machine can use (console scripts) and writes TARGET/shellgen-manifest.txt: one line
per package with its version, the sha256 of the file pip installed it from, and where that file
came from. A key (a digest of the requirements, the options and this Python's version) is written
to the manifest; when the manifest already holds it, nothing is done. With --archive, TARGET is
also packed into ARCHIVE (a .tgz for Storm's blob store), reproducibly: the same packages give the
same bytes, so that shellgen:submit uploads an environment once.
"""
import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile

MANIFEST = "shellgen-manifest.txt"
KEY_LINE = "# key: "


def up_to_date(target, key):
    try:
        with open(os.path.join(target, MANIFEST), encoding="utf-8") as manifest:
            return any(line.strip() == KEY_LINE + key for line in manifest)
    except OSError:
        return False


def pack(target, archive):
    """TARGET's files into ARCHIVE, paths relative to TARGET, with no time, owner or order of their own."""
    os.makedirs(os.path.dirname(os.path.abspath(archive)), exist_ok=True)

    def plain(info):
        info.mtime = 0
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    partial = archive + ".partial"
    with open(partial, "wb") as raw:
        with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as zipped:
            with tarfile.open(fileobj=zipped, mode="w", format=tarfile.PAX_FORMAT) as tar:
                for folder, folders, files in os.walk(target):
                    folders.sort()
                    for name in sorted(files):
                        path = os.path.join(folder, name)
                        tar.add(path, arcname=os.path.relpath(path, target), filter=plain)
    os.replace(partial, archive)
    print("storm-shellgen: packed %s into %s (%d KiB) for Storm's blob store"
          % (target, archive, os.path.getsize(archive) // 1024), flush=True)


def main():
    requirements, target = sys.argv[1:3]
    archive = None
    pip_options = sys.argv[3:]
    if pip_options[:1] == ["--archive"]:
        archive, pip_options = pip_options[1], pip_options[2:]
    status = install(requirements, target, pip_options)
    if status == 0 and archive is not None:
        if os.path.isdir(target):
            if not os.path.isfile(archive) or os.path.getmtime(archive) < os.path.getmtime(os.path.join(target, MANIFEST)):
                pack(target, archive)
        elif os.path.exists(archive):
            os.remove(archive)
    return status


def install(requirements, target, pip_options):
    with open(requirements, "rb") as f:
        content = f.read()
    key = hashlib.sha256(content + "\0".join(pip_options + [sys.version]).encode()).hexdigest()
    listed = [line for line in content.decode("utf-8").splitlines()
              if line.strip() and not line.lstrip().startswith("#")]
    if not listed:
        shutil.rmtree(target, ignore_errors=True)
        print("storm-shellgen: %s lists no package; nothing to vendor" % requirements)
        return 0
    if up_to_date(target, key):
        print("storm-shellgen: %s is up to date with %s" % (target, requirements))
        return 0
    shutil.rmtree(target, ignore_errors=True)
    with tempfile.TemporaryDirectory() as work:
        report = os.path.join(work, "report.json")
        command = [sys.executable, "-m", "pip", "install", "--target", target, "--no-compile",
                   "--only-binary=:all:", "--disable-pip-version-check", "--no-input", "--quiet",
                   # Installing into a folder of the build, not the system: root is no concern here.
                   "--root-user-action=ignore",
                   "--report", report, "-r", requirements] + pip_options
        print("storm-shellgen: " + " ".join(command), flush=True)
        status = subprocess.call(command)
        if status != 0:
            shutil.rmtree(target, ignore_errors=True)
            return status
        with open(report, encoding="utf-8") as f:
            installed = json.load(f).get("install", [])
    # Console scripts name the build machine's interpreter; components import, they do not run them.
    shutil.rmtree(os.path.join(target, "bin"), ignore_errors=True)
    lines = ["# Python packages vendored by storm-shellgen (shellgen:vendor) from " + requirements,
             "# python: %s, pip options: %s" % (sys.version.split()[0], " ".join(pip_options) or "(none)"),
             KEY_LINE + key,
             "# name version sha256 source"]
    for item in sorted(installed, key=lambda i: i["metadata"]["name"].lower()):
        info = item.get("download_info", {})
        hashes = info.get("archive_info", {}).get("hashes", {})
        digest = hashes.get("sha256") or info.get("archive_info", {}).get("hash", "-").replace("sha256=", "")
        lines.append("%s %s %s %s" % (item["metadata"]["name"], item["metadata"]["version"], digest,
                                      info.get("url", "-")))
    os.makedirs(target, exist_ok=True)
    with open(os.path.join(target, MANIFEST), "w", encoding="utf-8") as manifest:
        manifest.write("\n".join(lines) + "\n")
    for line in lines[4:]:
        print("storm-shellgen: vendored " + line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
