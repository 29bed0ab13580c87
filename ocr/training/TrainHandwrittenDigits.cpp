// Build-time tool: trains sohoa's handwritten digit classifiers from the first half of
// OpenCV's digits.png, chooses their confidence floor on the validation digits, and writes
// the models for the library to embed. Usage: sohoa-train-digits DIGITS.png MODEL.yml
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <exception>
#include <fstream>
#include <vector>

#include "ocr/reread/DigitShape.hpp"
#include "ocr/reread/HandwrittenDigitClassifier.hpp"
#include "ocr/training/DigitsSheet.hpp"
#include "ocr/training/PenVariants.hpp"

using namespace sohoa::ocr;

namespace {

// A wrong digit makes a wrong number: per digit, at most one in 200 of the kept readings may
// be wrong, so that a number of two digits is right 99 % of the time on digits like these
// (real blanks, written by other hands, will do worse).
constexpr double kWrongAllowed = 0.005;

struct TrainingSet {
  cv::Mat gradients, pixels, targets;  // one row per sample
  cv::Mat labels;                      // CV_32S column
};

TrainingSet trainingSet(const std::vector<LabelledDigit>& digits) {
  TrainingSet set;
  for (const auto& digit : digits)
    for (const cv::Mat& variant : penVariants(digit)) {
      const cv::Mat shape = normalisedDigit(variant);
      set.gradients.push_back(digitGradients(shape));
      set.pixels.push_back(digitPixels(shape));
      cv::Mat target = cv::Mat::zeros(1, 10, CV_32F);
      target.at<float>(0, digit.digit) = 1;
      set.targets.push_back(target);
      set.labels.push_back(digit.digit);
    }
  return set;
}

DigitModels trained(const TrainingSet& set) {
  DigitModels models;
  models.svm = cv::ml::SVM::create();
  models.svm->setType(cv::ml::SVM::C_SVC);
  models.svm->setKernel(cv::ml::SVM::RBF);
  models.svm->setGamma(5.383);  // OpenCV's digits_svm sample, for these gradient histograms
  models.svm->setC(2.67);
  models.svm->train(set.gradients, cv::ml::ROW_SAMPLE, set.labels);
  models.neighbours = cv::ml::KNearest::create();
  cv::Mat floatLabels;
  set.labels.convertTo(floatLabels, CV_32F);
  models.neighbours->train(set.gradients, cv::ml::ROW_SAMPLE, floatLabels);
  models.perceptron = cv::ml::ANN_MLP::create();
  models.perceptron->setLayerSizes(std::vector<int>{set.pixels.cols, 64, 10});
  models.perceptron->setActivationFunction(cv::ml::ANN_MLP::SIGMOID_SYM);
  models.perceptron->setTrainMethod(cv::ml::ANN_MLP::RPROP);
  models.perceptron->setTermCriteria({cv::TermCriteria::MAX_ITER + cv::TermCriteria::EPS, 300, 1e-5});
  cv::theRNG().state = 20251201;  // the perceptron's initial weights: the same model every build
  models.perceptron->train(set.pixels, cv::ml::ROW_SAMPLE, set.targets);
  return models;
}

// The gradient distance from each validation digit to its nearest training sample.
float farthestOf(const DigitModels& models, const std::vector<LabelledDigit>& validation) {
  std::vector<float> distances;
  for (const auto& digit : validation) {
    cv::Mat nearest, responses, squared;
    models.neighbours->findNearest(digitGradients(normalisedDigit(digit.ink)), 1, nearest, responses, squared);
    distances.push_back(std::sqrt(squared.at<float>(0, 0)));
  }
  std::sort(distances.begin(), distances.end());
  return distances[distances.size() * 199 / 200];  // all but the strangest 0.5 %
}

struct Outcome {
  float confidence;
  bool right;
};

// The lowest floor whose kept readings are wrong at most kWrongAllowed of the time.
float floorFor(std::vector<Outcome> outcomes) {
  std::sort(outcomes.begin(), outcomes.end(), [](auto& a, auto& b) { return a.confidence > b.confidence; });
  float floor = 1;
  int kept = 0, wrong = 0;
  for (std::size_t i = 0; i < outcomes.size(); ++i) {
    ++kept;
    wrong += outcomes[i].right ? 0 : 1;
    const bool lastOfTie = i + 1 == outcomes.size() || outcomes[i + 1].confidence < outcomes[i].confidence;
    if (lastOfTie && outcomes[i].confidence > 0 && wrong <= kWrongAllowed * kept) floor = outcomes[i].confidence;
  }
  return floor;
}

}  // namespace

int main(int argc, char** argv) try {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s DIGITS.png MODEL.yml\n", argv[0]);
    return 2;
  }
  const auto training = digitsSheet(argv[1], SheetPart::Training);
  const auto validation = digitsSheet(argv[1], SheetPart::Validation);
  const TrainingSet set = trainingSet(training);
  DigitModels models = trained(set);
  models.farthest = farthestOf(models, validation);

  const HandwrittenDigitClassifier classifier(models);
  std::vector<Outcome> outcomes;
  int svmRight = 0;
  for (const auto& digit : validation) {
    const DigitReading reading = classifier.read(digit.ink);
    svmRight += reading.digit == digit.digit;
    outcomes.push_back({reading.confidence, reading.digit == digit.digit});
  }
  models.confidenceFloor = floorFor(outcomes);
  int kept = 0, keptRight = 0;
  for (const auto& outcome : outcomes)
    if (outcome.confidence >= models.confidenceFloor) ++kept, keptRight += outcome.right;

  for (const float floor : {0.0f, 0.25f, 0.5f, 0.75f, 0.9f, 1.0f}) {
    int keptHere = 0, rightHere = 0;
    for (const auto& outcome : outcomes)
      if (outcome.confidence >= floor) ++keptHere, rightHere += outcome.right;
    std::printf("  confidence >= %.2f: %d kept, %d right\n", floor, keptHere, rightHere);
  }
  models.trustedRight = kept == 0 ? 0.0f : static_cast<float>(keptRight) / static_cast<float>(kept);
  std::ofstream out(argv[2], std::ios::binary);
  out << models.toText();
  if (!out.flush()) throw std::runtime_error(std::string("cannot write ") + argv[2]);
  const double total = static_cast<double>(validation.size());
  std::printf(
      "handwritten digits: %zu training samples from %zu digits; on %zu validation digits the SVM reads %.1f %%; "
      "with confidence >= %.2f, %.1f %% are kept and %.2f %% of those are right\n",
      static_cast<std::size_t>(set.labels.rows), training.size(), validation.size(), 100 * svmRight / total,
      models.confidenceFloor, 100 * kept / total, kept == 0 ? 0.0 : 100.0 * keptRight / kept);
  return 0;
} catch (const std::exception& error) {
  std::fprintf(stderr, "sohoa-train-digits: %s\n", error.what());
  return 1;
}
