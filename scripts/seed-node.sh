#!/usr/bin/env bash
# Puts the Node and npm archives that frontend-maven-plugin installs into the local Maven repository, taken from
# the npm registry, for machines that cannot reach Node's own download site (this project's CI among them).
# With the archives in place the plugin downloads nothing; on a machine with internet access none of this is needed.
#
#   bash scripts/seed-node.sh
#
# Versions come from the root pom.xml (node.version, npm.version). Needs Maven and, only while seeding, some
# npm on PATH to `npm pack` the two packages; the build itself then runs the installed frontend/node/.
# Where the plugin looks (frontend-maven-plugin 2.0.2, NodeInstaller, NPMInstaller, RepositoryCacheResolver):
#   com.github.eirslett:node:<version without v>:tar.gz:<os>-<arch>   holding node-v<version>-<os>-<arch>/bin/node
#   com.github.eirslett:npm:<version>:tar.gz                            the npm registry's tarball as it is
# Run again after changing a version; it does nothing when both archives are already there.
# The local repository is $MAVEN_LOCAL_REPO, or ~/.m2/repository.
set -euo pipefail
cd "$(dirname "$0")/.."

pom_property() {
  sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" pom.xml | head -n 1
}
node_version="$(pom_property node.version)"   # v22.23.5
npm_version="$(pom_property npm.version)"     # 11.21.2
node_number="${node_version#v}"
if [ -z "$node_number" ] || [ -z "$npm_version" ]; then
  echo "seed-node: node.version or npm.version missing from pom.xml" >&2
  exit 1
fi

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=darwin ;;
  *) echo "seed-node: $(uname -s) is not supported; let the plugin download Node instead" >&2; exit 1 ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "seed-node: $(uname -m) is not supported; let the plugin download Node instead" >&2; exit 1 ;;
esac
if [ "$os" = linux ] && [ -e /etc/alpine-release ]; then
  echo "seed-node: Alpine (musl) needs Node's musl build, which the npm registry does not carry" >&2
  exit 1
fi
classifier="$os-$arch"

repo="${MAVEN_LOCAL_REPO:-$HOME/.m2/repository}"
node_archive="$repo/com/github/eirslett/node/$node_number/node-$node_number-$classifier.tar.gz"
npm_archive="$repo/com/github/eirslett/npm/$npm_version/npm-$npm_version.tar.gz"
if [ -s "$node_archive" ] && [ -s "$npm_archive" ]; then
  echo "seed-node: Node $node_version ($classifier) and npm $npm_version are already in $repo"
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

install_file() { # file artifactId version [classifier]
  mvn -B -q -Dstyle.color=never install:install-file -Dfile="$1" -DgroupId=com.github.eirslett -DartifactId="$2" -Dversion="$3" \
    ${4:+-Dclassifier="$4"} -Dpackaging=tar.gz -DgeneratePom=true ${MAVEN_LOCAL_REPO:+-Dmaven.repo.local="$repo"}
}

if [ ! -s "$node_archive" ]; then
  echo "seed-node: Node $node_version for $classifier from the npm package node-$classifier"
  (cd "$work" && npm pack --silent "node-$classifier@$node_number" >/dev/null)
  # The package holds Node's release files under package/; the plugin wants them under node-v<version>-<classifier>/.
  mkdir "$work/node"
  tar -xzf "$work/node-$classifier-$node_number.tgz" -C "$work/node"
  mv "$work/node/package" "$work/node/node-$node_version-$classifier"
  if [ "$("$work/node/node-$node_version-$classifier/bin/node" --version)" != "$node_version" ]; then
    echo "seed-node: the packed node is not $node_version" >&2
    exit 1
  fi
  tar -czf "$work/node.tar.gz" -C "$work/node" "node-$node_version-$classifier"
  install_file "$work/node.tar.gz" node "$node_number" "$classifier"
fi

if [ ! -s "$npm_archive" ]; then
  echo "seed-node: npm $npm_version"
  (cd "$work" && npm pack --silent "npm@$npm_version" >/dev/null)
  install_file "$work/npm-$npm_version.tgz" npm "$npm_version"
fi

echo "seed-node: Node $node_version ($classifier) and npm $npm_version are in $repo"
