#pragma once
// Reads one handwritten digit, and says how sure it is. Three classifiers trained at build
// time from the first half of OpenCV's digits.png (ocr/training/) vote on the digit's
// normalised shape (DigitShape): an RBF SVM and a k-nearest-neighbour search on its gradient
// histograms (OpenCV's digits_svm sample), and a multi-layer perceptron on its pixels. The
// confidence is 0 unless all three agree and the ink lies near some digit that was learnt;
// otherwise it is the share of the 20 nearest neighbours that agree times the perceptron's
// margin between its first and second choice, the least of it over the ink as written and
// turned by 8° either way (a reading that changes when turned is not sure: a real 4 whose
// stroke closes its top read as a 9 with 0.8, and not surely once turned). A floor, chosen at
// build time on validation digits the classifiers never saw, separates readings to keep
// from readings to leave for review: a wrong number costs far more than an empty one.
#include <opencv2/core.hpp>
#include <opencv2/ml.hpp>
#include <string>

namespace sohoa::ocr {

struct DigitReading {
  int digit = -1;  // the SVM's choice; -1 when there was no ink
  float confidence = 0;
};

// What the build trains and the program reads: the three classifiers and the two limits.
struct DigitModels {
  cv::Ptr<cv::ml::SVM> svm;
  cv::Ptr<cv::ml::KNearest> neighbours;
  cv::Ptr<cv::ml::ANN_MLP> perceptron;
  float confidenceFloor = 1;  // readings below it are not trusted
  float farthest = 0;         // gradient distance beyond which ink is unlike any learnt digit
  float trustedRight = 0;     // the share of trusted validation readings that were right

  std::string toText() const;  // OpenCV FileStorage YAML
  static DigitModels fromText(const std::string& text);
};

class HandwrittenDigitClassifier {
 public:
  explicit HandwrittenDigitClassifier(DigitModels models);
  // The models trained from digits.png when sohoa was built (embedded in the library).
  static const HandwrittenDigitClassifier& builtIn();

  // `ink`: 8-bit, ink bright on black, around one digit. Thread-safe.
  DigitReading read(const cv::Mat& ink) const;
  bool trusted(const DigitReading& reading) const { return reading.confidence >= models_.confidenceFloor; }
  const DigitModels& models() const { return models_; }

 private:
  DigitReading readShape(const cv::Mat& normalised) const;
  DigitModels models_;
};

}  // namespace sohoa::ocr
