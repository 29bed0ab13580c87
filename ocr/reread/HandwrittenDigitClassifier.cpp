#include "ocr/reread/HandwrittenDigitClassifier.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include <opencv2/imgproc.hpp>

#include "ocr/reread/DigitShape.hpp"

namespace sohoa::ocr {
namespace {

constexpr int kNeighbours = 20;
constexpr double kTurn = 8.0;  // degrees either way a sure reading must survive

cv::Mat turnedInk(const cv::Mat& ink, double degrees) {
  const int pad = std::max(ink.cols, ink.rows) / 4 + 1;
  cv::Mat canvas, result;
  cv::copyMakeBorder(ink, canvas, pad, pad, pad, pad, cv::BORDER_CONSTANT, 0);
  const cv::Mat rotation = cv::getRotationMatrix2D(cv::Point2f(canvas.cols / 2.0f, canvas.rows / 2.0f), degrees, 1.0);
  cv::warpAffine(canvas, result, rotation, canvas.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, 0);
  return result;
}

template <typename Model>
void writeModel(cv::FileStorage& storage, const char* name, const Model& model) {
  storage << name << "{";
  model->write(storage);
  storage << "}";
}

}  // namespace

std::string DigitModels::toText() const {
  cv::FileStorage storage(".yml", cv::FileStorage::WRITE | cv::FileStorage::MEMORY | cv::FileStorage::BASE64);
  storage << "confidence_floor" << confidenceFloor << "farthest" << farthest << "trusted_right" << trustedRight;
  writeModel(storage, "svm", svm);
  writeModel(storage, "neighbours", neighbours);
  writeModel(storage, "perceptron", perceptron);
  return storage.releaseAndGetString();
}

DigitModels DigitModels::fromText(const std::string& text) {
  cv::FileStorage storage(text, cv::FileStorage::READ | cv::FileStorage::MEMORY);
  if (!storage.isOpened() || storage["svm"].empty()) throw std::runtime_error("handwritten digit models unreadable");
  DigitModels models;
  storage["confidence_floor"] >> models.confidenceFloor;
  storage["farthest"] >> models.farthest;
  storage["trusted_right"] >> models.trustedRight;
  models.svm = cv::ml::SVM::create();
  models.svm->read(storage["svm"]);
  models.neighbours = cv::ml::KNearest::create();
  models.neighbours->read(storage["neighbours"]);
  models.perceptron = cv::ml::ANN_MLP::create();
  models.perceptron->read(storage["perceptron"]);
  return models;
}

HandwrittenDigitClassifier::HandwrittenDigitClassifier(DigitModels models) : models_(std::move(models)) {}

DigitReading HandwrittenDigitClassifier::read(const cv::Mat& ink) const {
  DigitReading reading = readShape(normalisedDigit(ink));
  if (reading.digit < 0) return reading;
  // A reading that changes when the ink is turned a little was not sure.
  for (const double degrees : {-kTurn, kTurn}) {
    const DigitReading turned = readShape(normalisedDigit(turnedInk(ink, degrees)));
    reading.confidence = turned.digit == reading.digit ? std::min(reading.confidence, turned.confidence) : 0.0f;
  }
  return reading;
}

DigitReading HandwrittenDigitClassifier::readShape(const cv::Mat& shape) const {
  if (cv::countNonZero(shape) == 0) return {};
  const cv::Mat gradients = digitGradients(shape);
  DigitReading reading;
  reading.digit = static_cast<int>(models_.svm->predict(gradients));

  cv::Mat nearest, responses, distances;
  models_.neighbours->findNearest(gradients, kNeighbours, nearest, responses, distances);
  int agreeing = 0;
  for (int i = 0; i < responses.cols; ++i) agreeing += static_cast<int>(responses.at<float>(0, i)) == reading.digit;
  const float share = static_cast<float>(agreeing) / kNeighbours;
  const float closest = std::sqrt(distances.at<float>(0, 0));

  cv::Mat outputs;
  models_.perceptron->predict(digitPixels(shape), outputs);
  cv::Point best;
  cv::minMaxLoc(outputs, nullptr, nullptr, nullptr, &best);
  const float top = outputs.at<float>(0, best.x);
  float second = -1e9f;
  for (int i = 0; i < outputs.cols; ++i)
    if (i != best.x) second = std::max(second, outputs.at<float>(0, i));
  const float margin = std::clamp(top - second, 0.0f, 1.0f);

  const bool agree = best.x == reading.digit && share > 0.5f;
  reading.confidence = agree && closest <= models_.farthest ? share * margin : 0.0f;
  return reading;
}

}  // namespace sohoa::ocr
