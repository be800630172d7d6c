#!/usr/bin/env bash
# Offline checks of the Azure infrastructure: installs the pinned Bicep CLI from NuGet into .bicep/
# (gitignored), compiles infra/main.bicep to ARM JSON and lints it. Fails on any warning or error.
# The compiled template lands in .bicep/out/main.json (or $INFRA_ARM_JSON), where
# tests/ReportAudit.Infra.Tests reads it:
#   bash scripts/check-infra.sh && dotnet test tests/ReportAudit.Infra.Tests
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

bicep_version=0.49.2
bicep_package=Azure.Bicep.CommandLine.linux-x64
packages="$root/.bicep/packages"
bicep="$packages/${bicep_package,,}/$bicep_version/tools/bicep"
out="${INFRA_ARM_JSON:-$root/.bicep/out/main.json}"

if [[ ! -x "$bicep" ]]; then
  echo "Installing Bicep CLI $bicep_version from NuGet into .bicep/ ..."
  # A throwaway project restores the package through the machine's NuGet configuration. It lives
  # outside the repository so that Directory.Build.props and central package versions stay out of it.
  work="$(mktemp -d)"
  trap 'rm -rf "$work" || true' EXIT
  cat > "$work/download.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="$bicep_package" Version="[$bicep_version]" />
  </ItemGroup>
</Project>
PROJ
  dotnet restore "$work/download.csproj" --packages "$packages" -nologo -v quiet
  chmod +x "$bicep"
fi
"$bicep" --version

mkdir -p "$(dirname "$out")"
log="$(mktemp)"
status=0

echo "bicep build infra/main.bicep --outfile $out"
"$bicep" build infra/main.bicep --outfile "$out" >"$log" 2>&1 || status=1
echo "bicep lint infra/main.bicep"
"$bicep" lint infra/main.bicep >>"$log" 2>&1 || status=1
cat "$log"

# bicep exits 0 on warnings; infra/bicepconfig.json raises the linter rules to errors, and any
# other diagnostic (a compiler warning such as missing resource types) fails here.
if grep -Eq ' : (Warning|Error) ' "$log"; then
  status=1
fi
rm -f "$log"

if [[ $status -ne 0 ]]; then
  echo "check-infra: FAILED (Bicep diagnostics above)" >&2
  exit 1
fi
echo "check-infra: OK, no Bicep warnings or errors; ARM template at $out"
