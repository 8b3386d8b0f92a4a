#!/usr/bin/env bash
# What experiments/bench_gpu.py needs on a lent GPU machine (Python 3.12 with PyTorch, ONNX
# Runtime, nvidia-ml-py, click, rich and numpy, and nothing reachable): the wheels of our other
# dependencies that a search with MLflow off imports, into .whl/, and Fashion-MNIST's four .gz
# files into .fashion/. Both folders are kept out of git (.git/info/exclude) and carried.
set -euo pipefail
cd "$(dirname "$0")/.."
for folder in .whl .fashion; do
  grep -qx "/$folder/" .git/info/exclude 2>/dev/null || echo "/$folder/" >> .git/info/exclude
done
rm -rf .whl && mkdir -p .whl .fashion
python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
  --platform manylinux_2_28_x86_64 --platform manylinux_2_27_x86_64 --platform manylinux_2_17_x86_64 \
  --platform manylinux2014_x86_64 --platform manylinux1_x86_64 -d .whl \
  optuna==5.0.0 sqlalchemy==2.1.9 alembic==1.20.1 mako==1.4.3 colorlog==6.12.0 typing-extensions \
  pydantic==2.14.4 pydantic-core==2.50.5 annotated-types==0.8.0 typing-inspection==0.4.5
cp /usr/share/datasets/fashion-mnist/*.gz .fashion/
du -sh .whl .fashion
